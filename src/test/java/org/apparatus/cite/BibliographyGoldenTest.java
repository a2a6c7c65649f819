package org.apparatus.cite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apparatus.Fixtures;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.load.SourceFile;
import org.apparatus.model.BibEntry;
import org.apparatus.parse.BibParser;
import org.apparatus.render.CitationFormatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reference-list entries for a book, a chapter, an article and a web page, as each style's own guide prints them
 * (Chicago 18th ed. author-date, APA 7th, MLA 9th); biblatex's {@code location} reaches CSL {@code publisher-place}
 * and nothing else.
 */
class BibliographyGoldenTest {
  @ParameterizedTest
  @ValueSource(strings = {"chicago-author-date", "apa", "modern-language-association"})
  void entriesMatchTheStyleGuide(String style) throws Exception {
    Path bib = Fixtures.RESOURCES.resolve("bibliography/entries.bib");
    Diagnostics diagnostics = new Diagnostics();
    List<BibEntry> entries = new BibParser(diagnostics).parse(new SourceFile("entries.bib", Files.readString(bib)));
    assertTrue(diagnostics.sorted().isEmpty(), () -> diagnostics.sorted().toString());
    Map<String, String> html = new CitationFormatter(entries, style, "en-US").bibliography();
    StringBuilder text = new StringBuilder();
    html.forEach((key, entry) -> text.append(key).append(": ").append(plain(entry)).append('\n'));
    Fixtures.assertGolden(Fixtures.RESOURCES.resolve("bibliography/" + style + ".txt"), text.toString());
  }

  private static String plain(String html) {
    return org.jsoup.Jsoup.parse(html).text().strip();
  }
}
