package org.apparatus.export.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.apparatus.model.Inline;
import org.apparatus.model.Inline.Mark;
import org.apparatus.model.Inline.MarkKind;
import org.apparatus.model.Inline.Styled;
import org.apparatus.model.Inline.Text;
import org.junit.jupiter.api.Test;

class LemmaRunsTest {
  private static Mark lemma(String ref, Inline... children) {
    return new Mark(MarkKind.VARIANT, ref, List.of(children));
  }

  private static Styled em(Inline... children) {
    return new Styled(Inline.Style.EMPHASIS, List.of(children));
  }

  @Test
  void aLemmaSplitByEmphasisBecomesOneMarkAroundTheEmphasis() {
    List<Inline> woven = List.of(new Text("speak "), lemma("v", new Text("of ")), em(lemma("v", new Text("common"))),
        lemma("v", new Text(" things")), new Text("."));
    assertEquals(List.of(new Text("speak "), lemma("v", new Text("of "), em(new Text("common")), new Text(" things")),
        new Text(".")), LemmaRuns.join(woven));
  }

  @Test
  void aNoteAnchorBetweenThePiecesGoesInsideAndOtherMarksAreKept() {
    Inline point = new Inline.Point(Inline.PointKind.NOTE, "n1");
    Mark term = new Mark(MarkKind.TERM, "t", List.of(lemma("v", new Text("b"))));
    List<Inline> woven = List.of(lemma("v", new Text("a")), point, term);
    assertEquals(List.of(lemma("v", new Text("a"), point, new Mark(MarkKind.TERM, "t", List.of(new Text("b"))))),
        LemmaRuns.join(woven));
  }

  @Test
  void aLemmaBeginningInsideAnElementKeepsItsPieces() {
    List<Inline> woven = List.of(em(new Text("of "), lemma("v", new Text("common"))), lemma("v", new Text(" things")));
    assertSame(woven, LemmaRuns.join(woven));
  }

  @Test
  void twoLemmasSideBySideStayApart() {
    List<Inline> woven = List.of(lemma("v", new Text("a")), lemma("w", new Text("b")), em(lemma("w", new Text("c"))));
    assertEquals(List.of(lemma("v", new Text("a")), lemma("w", new Text("b"), em(new Text("c")))), LemmaRuns.join(woven));
  }
}
