package org.apparatus.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
  @Test
  void suggestsTheNearestNamesOrTheFamilyAWordStarts() {
    assertEquals(List.of("smith2020"), DidYouMean.candidates("smtih2020", List.of("smith2020", "jones1999")));
    assertEquals(List.of("s1-p2", "s1-p1"), DidYouMean.candidates("s1-p2x", List.of("s1-p1", "s1-p2", "s2")));
    assertEquals(List.of("chicago-author-date", "chicago-notes-bibliography"),
        DidYouMean.candidates("chicago", List.of("apa", "chicago-notes-bibliography", "chicago-author-date")));
    assertEquals(List.of(), DidYouMean.candidates("zzz", List.of("alpha", "beta")));
    assertEquals(Optional.of("did you mean `a`, `b` or `c`?"), DidYouMean.phrase(List.of("a", "b", "c")));
  }
}
