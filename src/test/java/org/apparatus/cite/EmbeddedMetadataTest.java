package org.apparatus.cite;

import org.apparatus.edition.BundledEdition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.apparatus.model.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Highwire Press and Dublin Core tags on every text page, as reference managers read them; CITATION.cff in step. */
@BundledEdition
class EmbeddedMetadataTest {
  private static final String BASE = "https://example.org/fixture/";

  @Test
  void everyTextPageCarriesHighwireAndDublinCoreTags(@TempDir Path tmp) {
    Path root = Fixtures.RESOURCES.resolve("fixtures/basic");
    Build.Result result = Build.run(new Build.Options(root, root.resolve("content"), Fixtures.TEMPLATES, tmp.resolve("site"),
        BASE, true, false));
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    List<Text> texts = result.resolved().edition().texts();
    assertTrue(texts.size() >= 2);
    for (Text text : texts) {
      String path = result.plan().page(text.id()).path();
      Document page = Jsoup.parse(new String(result.files().get(path), StandardCharsets.UTF_8));
      String where = path + ": ";
      assertEquals(text.title(), meta(page, "citation_title"), where + "title");
      assertEquals(text.author(), meta(page, "citation_author"), where + "author");
      String date = text.date().isEmpty() ? "2026/01/01" : text.date().replace('-', '/');
      assertEquals(date, meta(page, "citation_publication_date"), where + "publication date (the text's, else the edition's)");
      assertEquals(BASE + text.id() + "/", meta(page, "citation_fulltext_html_url"), where + "the edition's URL");
      assertEquals("Fixture Edition", meta(page, "citation_inbook_title"), where + "the edition holding the text");
      assertEquals(text.title(), meta(page, "DC.title"), where);
      assertEquals(text.author(), meta(page, "DC.creator"), where);
      assertEquals("A. Editor", meta(page, "DC.contributor"), where);
      assertEquals(BASE + text.id() + "/", meta(page, "DC.identifier"), where);
      assertEquals("Fixture Edition, version 0.0.1", meta(page, "DC.relation"), where);
    }
  }

  private static String meta(Document page, String name) {
    var el = page.selectFirst("head meta[name=" + name + "]");
    return el == null ? "<missing " + name + ">" : el.attr("content");
  }

  @Test
  void citationFileMatchesTheEditionVersionAndDate() {
    String cff = Fixtures.read(Fixtures.PROJECT.resolve("CITATION.cff"));
    String edition = Fixtures.read(Fixtures.PROJECT.resolve("content/edition.yaml"));
    String version = edition.replaceAll("(?s).*\nversion: \"([^\"]+)\".*", "$1");
    String date = edition.replaceAll("(?s).*\ndate: \"([^\"]+)\".*", "$1");
    assertTrue(cff.contains("\nversion: " + version + "\n"), "CITATION.cff names version " + version);
    assertTrue(cff.contains("\ndate-released: " + date + "\n"), "CITATION.cff names release date " + date);
  }
}
