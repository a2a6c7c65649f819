package org.apparatus.render;

import java.util.ArrayList;
import java.util.List;
import org.apparatus.model.Block;
import org.apparatus.model.Inline;
import org.apparatus.resolve.AuthorDateLinker;
import org.apparatus.resolve.NotePlacement;
import org.apparatus.resolve.ResolvedEdition;
import org.apparatus.resolve.TermHit;
import org.apparatus.resolve.VariantPlacement;

/**
 * A unit's inline tree with its resolved apparatus placed in it: note highlights and anchors, term links, own citations, variant lemmas and their links. The pages and every export that follows the text (e.g. TEI) read this one tree.
 */
public final class WovenContent {
  private static final int LEMMA_ORDER = 1 << 20;

  private WovenContent() {}

  /** The content of {@code b} in the text {@code textId}, every range counted in the unit's own text. */
  public static List<Inline> of(ResolvedEdition resolved, String textId, Block b) {
    List<Weaver.Span> spans = new ArrayList<>();
    List<Weaver.Point> points = new ArrayList<>();
    for (NotePlacement p : resolved.placementsOf(textId, b.anchor())) {
      for (NotePlacement.Segment g : p.segments()) {
        if (g.anchor().equals(b.anchor())) {
          spans.add(new Weaver.Span(g.start(), g.end(), Inline.MarkKind.NOTE, p.noteId(), p.number()));
        }
      }
      // a quote across lines of verse is marked on every line; its note follows the last
      if (p.last().anchor().equals(b.anchor())) {
        points.add(new Weaver.Point(p.last().end(), Inline.PointKind.NOTE, p.noteId(), p.number()));
      }
    }
    int order = 0;
    for (AuthorDateLinker.CitationHit c : resolved.textCitationsOf(textId, b.anchor())) {
      spans.add(new Weaver.Span(c.start(), c.end(), Inline.MarkKind.OWN_CITATION, c.entryAnchor(), order++));
    }
    for (TermHit h : resolved.termHitsOf(textId, b.anchor())) {
      spans.add(new Weaver.Span(h.start(), h.end(), Inline.MarkKind.TERM, h.termId(), order));
    }
    for (VariantPlacement v : resolved.variantsOf(textId, b.anchor())) {
      // inside a note's highlight over the same words, and its link before the note's marker
      spans.add(new Weaver.Span(v.start(), v.end(), Inline.MarkKind.VARIANT, v.variantId(), LEMMA_ORDER + v.number()));
      points.add(new Weaver.Point(v.end(), Inline.PointKind.VARIANT, v.variantId(), -1));
    }
    return Weaver.weave(b.content(), spans, points);
  }
}
