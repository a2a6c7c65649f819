package org.apparatus.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMatcherTest {
  @Test
  void toleratesQuotesDashesAndWhitespace() {
    String text = "the so called \u201CZangezur Corridor\u201D \u2013 a  route";
    List<QuoteMatcher.Span> spans = QuoteMatcher.findAll(text, "so called \"Zangezur Corridor\" - a route");
    assertEquals(1, spans.size());
    assertEquals("so called \u201CZangezur Corridor\u201D \u2013 a  route", text.substring(spans.get(0).start(), spans.get(0).end()));
  }

  @Test
  void findsEveryOccurrence() {
    assertEquals(2, QuoteMatcher.findAll("Baku and Baku", "Baku").size());
  }

  @Test
  void doesNotMatchDifferentWords() {
    assertTrue(QuoteMatcher.findAll("attended the summit in Khankendi", "attended the summit in Baku").isEmpty());
  }
}
