package org.apparatus.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apparatus.diagnostic.Diagnostic;
import org.apparatus.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

class SiteCheckerTextFragmentTest {
  private static final String TEXT = "<html><body><p id=\"p1\">The summit was held in <em>Khankendi</em>, not in Baku.</p></body></html>";

  private static List<String> problems(String href, String baseUrl) {
    Diagnostics diagnostics = new Diagnostics();
    String index = "<html><head></head><body><a href=\"" + href + "\">x</a></body></html>";
    new SiteChecker(diagnostics, baseUrl).check(Map.of(
        "index.html", index.getBytes(StandardCharsets.UTF_8),
        "text/index.html", TEXT.getBytes(StandardCharsets.UTF_8),
        "exports/data.jsonld", "{}".getBytes(StandardCharsets.UTF_8)));
    return diagnostics.sorted().stream().map(Diagnostic::message).toList();
  }

  @Test
  void aTextFragmentOfWordsOnThePageIsAccepted() {
    assertEquals(List.of(), problems("text/index.html#p1:~:text=held%20in%20Khankendi,in%20Baku", ""));
    assertEquals(List.of(), problems("text/index.html#:~:text=not-,in%20Baku", ""));
  }

  @Test
  void aTextFragmentOfWordsNotOnThePageIsABrokenLink() {
    assertEquals(List.of("link on `index.html` to words that are not on the page `text/index.html#p1:~:text=held%20in%20Tehran`"),
        problems("text/index.html#p1:~:text=held%20in%20Tehran", ""));
  }

  @Test
  void theElementInFrontOfTheDirectiveMustExist() {
    assertEquals(List.of("link on `index.html` to missing anchor `text/index.html#p9:~:text=Baku`"), problems("text/index.html#p9:~:text=Baku", ""));
  }

  @Test
  void linksToExportsAreCheckedLikePages() {
    assertEquals(List.of(), problems("exports/data.jsonld", ""));
    assertEquals(List.of("link on `index.html` to missing file `exports/other.jsonld`"), problems("exports/other.jsonld", ""));
  }

  @Test
  void absoluteLinksUnderTheBaseUrlAreInternal() {
    String base = "https://user.github.io/edition/";
    assertEquals(List.of(), problems(base + "text/#p1", base));
    assertEquals(List.of("link on `index.html` to missing file `" + base + "missing/`"), problems(base + "missing/", base));
  }
}
