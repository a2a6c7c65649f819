package org.apparatus.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.load.SourceFile;
import org.apparatus.model.BibEntry;
import org.junit.jupiter.api.Test;

/** An entry unchanged since the previous build keeps its conversion; a changed one, or any in a single build, is converted. */
class BibConversionsTest {
  private static final String BIB = "@article{alpha, title = {Alpha}, author = {Doe, Jane}, year = {2020}}\n"
      + "@book{beta, title = {Beta}, author = {Roe, Richard}, year = {2021}, publisher = {Press}}\n";

  private static List<BibEntry> read(BibConversions conversions, String text) {
    conversions.nextBuild();
    return new BibParser(new Diagnostics(), conversions).parse(new SourceFile("content/references/refs.bib", text));
  }

  @Test
  void anUnchangedEntryKeepsItsConversionAndAChangedOneIsConvertedAgain() {
    BibConversions conversions = BibConversions.acrossBuilds();
    List<BibEntry> first = read(conversions, BIB);
    List<BibEntry> second = read(conversions, "% a comment moves every entry down\n" + BIB.replace("{Beta}", "{Beta, Revised}"));
    assertSame(first.get(0).item(), second.get(0).item(), "alpha is unchanged, though on another line");
    assertNotSame(first.get(1).item(), second.get(1).item());
    assertEquals("Beta, Revised", second.get(1).item().getTitle());
    assertEquals(2, second.get(0).pos().line(), "the entry's position is this build's");
  }

  @Test
  void aSingleBuildConvertsEveryEntry() {
    BibConversions none = BibConversions.none();
    assertNotSame(read(none, BIB).get(0).item(), read(none, BIB).get(0).item());
  }
}
