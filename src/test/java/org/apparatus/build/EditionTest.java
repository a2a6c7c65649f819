package org.apparatus.build;

import org.apparatus.edition.BundledEdition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apparatus.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The real edition: builds strict, is faithful to its seeds, deterministic, and matches the committed site/. */
@BundledEdition
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditionTest {
  private Build.Result result;

  @BeforeAll
  void buildEdition() throws java.io.IOException {
    result = Fixtures.sharedEdition().result();
  }

  @Test
  void editionBuildsStrictWithoutDiagnostics() {
    assertFalse(result.failed(), () -> String.join("\n", result.diagnostics().sorted().stream().map(d -> d.headline()).toList()));
    assertTrue(result.diagnostics().sorted().isEmpty(), () -> result.diagnostics().sorted().toString());
  }

  @Test
  void everyParagraphHasAVisibleLocatorLinkingToItself() {
    for (String text : List.of("movahedian", "afrasiabi")) {
      Document doc = page(text + "/index.html");
      var blocks = doc.select(".body .block");
      assertTrue(blocks.size() > 4, text);
      blocks.forEach(b -> assertEquals("#" + b.id(), b.selectFirst("a.loc").attr("href"), b.id()));
    }
  }

  @Test
  void movahedianTextIsFaithfulToItsSeed() {
    assertFaithful("movahedian-iran-azerbaijan-constructivist-analysis.txt", "movahedian/index.html");
  }

  @Test
  void afrasiabiTextIsFaithfulToItsSeed() {
    assertFaithful("afrasiabi-bakus-treachery-2025-07-11.txt", "afrasiabi/index.html");
  }

  @Test
  void committedSiteEqualsAFreshBuild() throws Exception {
    Path site = Fixtures.sharedEdition().site();
    assertEquals(Fixtures.treeDigest(site), Fixtures.treeDigest(Fixtures.PROJECT.resolve("site")),
        "site/ is out of date: rebuild with `java -jar target/apparatus.jar build` and commit it");
  }

  @Test
  void twoBuildsAreByteIdentical(@TempDir Path tmp) throws Exception {
    Fixtures.buildEdition(tmp.resolve("again"));
    assertEquals(Fixtures.treeDigest(Fixtures.sharedEdition().site()), Fixtures.treeDigest(tmp.resolve("again")));
  }

  private Document page(String path) {
    byte[] html = result.files().get(path);
    assertTrue(html != null, "missing page " + path);
    return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
  }

  /**
   * Every word of the seed appears in the rendered page, in order; prints each gap. The seed's
   * web-page furniture (the op-ed's title repeated after the byline) and the author's footnote,
   * which the edition shows beside the byline, are checked separately.
   */
  private void assertFaithful(String seed, String pagePath) {
    List<String> lines = Fixtures.read(Fixtures.RESOURCES.resolve("seeds").resolve(seed)).lines()
        .filter(l -> !l.isBlank()).toList();
    Document doc = page(pagePath);
    String authorNote = doc.select(".k-author .nb").text();
    List<String> body = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("* ")) {
        assertTrue(words(authorNote).equals(words(line.substring(2))), "author's note differs: " + authorNote);
        continue;
      }
      if (i > 0 && line.equals(lines.get(0))) {
        continue;
      }
      body.add(line);
    }
    doc.select(".sn, .tip, .loc, .mk, .nt, .block-backlinks, .cite-jump, .cite-page, nav, header.site, footer.site, script, .source, .rights").remove();
    List<String> seedWords = words(String.join(" ", body));
    List<String> pageWords = words(doc.selectFirst("main").text());
    int j = 0;
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < seedWords.size(); i++) {
      String w = seedWords.get(i);
      int found = pageWords.subList(j, pageWords.size()).indexOf(w);
      if (found < 0 || found > 3) {
        missing.add(i + ": " + w + " near «" + String.join(" ", seedWords.subList(Math.max(0, i - 5), Math.min(seedWords.size(), i + 5))) + "»");
        continue;
      }
      j += found + 1;
    }
    assertTrue(missing.isEmpty(), () -> "words of the seed missing from " + pagePath + ":\n" + String.join("\n", missing));
  }

  static List<String> words(String s) {
    String norm = s.replaceAll("[\u2018\u2019\u201A\u201B`]", "'").replaceAll("[\u201C\u201D\u201E\u201F]", "\"")
        .replaceAll("[\u2010-\u2015\u2212]", "-").replace('\u00A0', ' ').toLowerCase(java.util.Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String w : norm.split("[^\\p{L}\\p{N}']+")) {
      String t = w.replaceAll("^'+|'+$", "");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
