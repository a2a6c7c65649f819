package org.apparatus.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFragmentTest {
  private static TextFragment quote(String paragraph, String quote, List<Integer> breaks, boolean seenBefore) {
    int from = paragraph.indexOf(quote);
    return TextFragment.forQuote(paragraph, from, from + quote.length(), breaks, s -> seenBefore, s -> false).orElseThrow();
  }

  @Test
  void encodesTheDirectiveSyntaxAndEverythingOutsideUnreservedAscii() {
    assertEquals("a%2Db%26c%2Cd%20e", TextFragment.encode("a-b&c,d e"));
    assertEquals("Baku%E2%80%99s%20%22Caviar%22%20%24360%2C000", TextFragment.encode("Baku’s \"Caviar\" $360,000"));
    assertEquals("keep._~", TextFragment.encode("keep._~"));
  }

  @Test
  void aShortQuoteIsGivenWhole() {
    TextFragment t = quote("Iran's President Pezeshkian attended the ECO conference in Baku, worse.",
        "Pezeshkian attended the ECO conference in Baku", List.of(), false);
    assertEquals(":~:text=Pezeshkian%20attended%20the%20ECO%20conference%20in%20Baku", t.directive());
  }

  @Test
  void aLongQuoteIsGivenByItsFirstAndLastWords() {
    String q = "one two three four five six seven eight nine ten eleven twelve";
    TextFragment t = quote("Before " + q + " after.", q, List.of(), false);
    assertEquals(new TextFragment("", "one two three four", "nine ten eleven twelve"), t);
  }

  @Test
  void theEndWordsGrowUntilTheyOccurOnlyAtTheEnd() {
    String q = "a b c d x y z w e f g h x y z w";
    TextFragment t = quote(q + ".", q, List.of(), false);
    assertEquals("h x y z w", t.end());
  }

  @Test
  void anotherNotesMarkerInsideTheQuoteSplitsItIntoStartAndEnd() {
    String p = "worse, Iran's President Pezeshkian attended the ECO conference in Baku";
    int markerAt = p.indexOf("Pezeshkian") + "Pezeshkian".length();
    TextFragment t = quote(p, "Iran's President Pezeshkian attended the ECO conference in Baku", List.of(markerAt), false);
    assertEquals(new TextFragment("", "Iran's President Pezeshkian", "ECO conference in Baku"), t);
  }

  @Test
  void onlyTheFirstRunIsGivenWhenTheEndWordsAlsoStandInTheNoteShownInsideTheQuote() {
    String p = "worse, Iran's President Pezeshkian attended the ECO conference in Baku";
    String q = "Iran's President Pezeshkian attended the ECO conference in Baku";
    int from = p.indexOf(q);
    int markerAt = p.indexOf("Pezeshkian") + "Pezeshkian".length();
    TextFragment t = TextFragment.forQuote(p, from, from + q.length(), List.of(markerAt), s -> false,
        s -> s.equals("ECO conference in Baku")).orElseThrow();
    assertEquals(new TextFragment("", "Iran's President Pezeshkian", ""), t);
  }

  @Test
  void aPrefixPicksTheRightOccurrenceWhenTheWordsAppearEarlier() {
    TextFragment t = quote("The corridor matters. They said the corridor is closed.", "the corridor is closed", List.of(), true);
    assertEquals(":~:text=matters.%20They%20said-,the%20corridor%20is%20closed", t.directive());
  }

  @Test
  void noDirectiveWhenTheWordsAppearEarlierAndNothingOfTheParagraphPrecedesThem() {
    String p = "They said the corridor is closed.";
    int from = p.indexOf("the");
    int to = from + "the corridor is closed".length();
    assertTrue(TextFragment.forQuote(p, from, to, List.of(from), s -> true, s -> false).isEmpty(), "not across a marker");
    assertTrue(TextFragment.forQuote(p, 0, 9, List.of(), s -> true, s -> false).isEmpty(), "not before the paragraph");
    assertTrue(TextFragment.forQuote(p, 0, 9, List.of(), s -> false, s -> false).isPresent());
  }

  @Test
  void parseReadsBackWhatIsWritten() {
    TextFragment t = new TextFragment("They said", "the corridor, closed", "for now – 100%");
    String fragment = "s1-p2" + t.directive();
    assertEquals("s1-p2", TextFragment.elementId(fragment));
    assertEquals(t, TextFragment.parse(fragment).orElseThrow());
    assertTrue(TextFragment.parse("s1-p2").isEmpty());
  }
}
