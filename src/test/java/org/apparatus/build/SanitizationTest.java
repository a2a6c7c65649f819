package org.apparatus.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apparatus.Fixtures;
import org.apparatus.diagnostic.Code;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No script, event handler or javascript: URL from any content field reaches the site. */
class SanitizationTest {
  /** The templates' own inline script, which opens the Contents while the page is parsed on wide screens. */
  private static final String CONTENTS_OPENER =
      "if (matchMedia('(min-width: 1100px)').matches) document.currentScript.previousElementSibling.open = true;";
  private static final List<String> OWN_SCRIPTS =
      List.of("assets/app.js", "assets/search.js", "assets/search-data.js", "assets/vendor/minisearch.js", "assets/previews.js");

  @Test
  void hostileMarkdownNeverReachesTheOutput(@TempDir Path tmp) throws java.io.IOException {
    assertTrue(java.nio.file.Files.readString(Fixtures.TEMPLATES.resolve("text.ftlh")).contains(CONTENTS_OPENER),
        "the only inline script of the templates opens the Contents on wide screens");
    Path root = Fixtures.RESOURCES.resolve("sanitize");
    Build.Result result = Fixtures.build(root, Fixtures.TEMPLATES, tmp.resolve("site"), false, false);
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    assertTrue(result.diagnostics().sorted().stream().anyMatch(d -> d.code() == Code.UNSAFE_HTML),
        "removing unsafe HTML is reported as a warning");
    String previews = new String(result.files().get("assets/previews.js"), StandardCharsets.UTF_8);
    // Preview texts quote hostile content only as JSON strings of one assignment.
    assertTrue(previews.startsWith("window.apparatusPreviews = {") && previews.endsWith("};\n"), previews);
    assertFalse(previews.substring(0, previews.length() - 3).contains("\n"), "one line, one JSON object: " + previews);
    for (Map.Entry<String, byte[]> e : result.files().entrySet()) {
      if (!e.getKey().endsWith(".html")) {
        continue;
      }
      Document doc = Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8));
      for (Element script : doc.select("script")) {
        if (script.attr("type").equals("application/ld+json") || script.attr("type").equals("application/json")) {
          // Data islands may quote hostile text, but only as JSON strings that cannot close the script element.
          assertFalse(script.data().contains("<"), e.getKey() + ": markup inside a data island " + script.outerHtml());
          continue;
        }
        boolean ours = script.hasAttr("src") ? OWN_SCRIPTS.stream().anyMatch(own -> script.attr("src").endsWith(own))
            : script.data().equals(CONTENTS_OPENER) || e.getKey().equals("404.html") && script.hasAttr("data-find-root");
        assertTrue(ours && script.data().toLowerCase(Locale.ROOT).indexOf("alert") < 0, e.getKey() + ": " + script.outerHtml());
      }
      for (Element el : doc.getAllElements()) {
        el.attributes().forEach(a -> {
          assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), e.getKey() + ": event handler " + el.outerHtml());
          assertFalse(a.getKey().equals("style"), e.getKey() + ": style attribute " + el.outerHtml());
          assertFalse(a.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:"), e.getKey() + ": " + el.outerHtml());
        });
      }
      assertTrue(doc.select("iframe, object, embed, svg[onload]").isEmpty(), e.getKey());
    }
    String searchData = new String(result.files().get("assets/search-data.js"), StandardCharsets.UTF_8);
    assertFalse(searchData.contains("<"), "the search data holds text only, with < escaped: no markup can leave it");
  }
}
