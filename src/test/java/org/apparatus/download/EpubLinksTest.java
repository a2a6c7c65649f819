package org.apparatus.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links from the EPUB to pages it leaves out: absolute with a base URL, plain text without. */
class EpubLinksTest {
  @TempDir
  Path tmp;
  private Path root;

  @BeforeEach
  void editionWithALinkPage() throws Exception {
    root = tmp.resolve("edition");
    Fixtures.copyTree(Fixtures.RESOURCES.resolve("fixtures/basic"), root);
    Files.writeString(root.resolve("content/pages/links.md"), """
        ---
        title: Links
        ---
        See [the fact-check index](../fact-checks/index.html#verdict-inaccurate), [the home page](../index.html),
        [a paragraph](../alpha/index.html#abstract-p1) and [an outside page](https://example.org/elsewhere).
        """);
  }

  @Test
  void withoutBaseUrlLinksToLeftOutPagesBecomeText() {
    Element page = linksPage(null);
    assertNull(page.selectFirst("a:contains(the fact-check index)"));
    assertEquals("See the fact-check index, the home page,", page.selectFirst("p").text().substring(0, 40));
    assertEquals("title.xhtml", page.selectFirst("a:contains(the home page)").attr("href"));
    assertEquals("text-alpha.xhtml#abstract-p1", page.selectFirst("a:contains(a paragraph)").attr("href"));
    assertEquals("https://example.org/elsewhere", page.selectFirst("a:contains(an outside page)").attr("href"));
  }

  @Test
  void withBaseUrlLinksToLeftOutPagesBecomeAbsolute() {
    Element page = linksPage("https://example.org/edition");
    assertEquals("https://example.org/edition/fact-checks/#verdict-inaccurate",
        page.selectFirst("a:contains(the fact-check index)").attr("href"));
    assertEquals("text-alpha.xhtml#abstract-p1", page.selectFirst("a:contains(a paragraph)").attr("href"));
  }

  private Element linksPage(String baseUrl) {
    Build.Result result = Build.run(new Build.Options(root, root.resolve("content"), Fixtures.TEMPLATES, tmp.resolve("site"),
        baseUrl, true, false));
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    byte[] epub = result.files().get(DownloadPaths.of(result.resolved().edition().meta()).epub());
    return ZipEntries.read(epub).xml("EPUB/page-links.xhtml").body();
  }
}
