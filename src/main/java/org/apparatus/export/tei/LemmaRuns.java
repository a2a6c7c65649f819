package org.apparatus.export.tei;

import java.util.ArrayList;
import java.util.List;
import org.apparatus.model.Inline;

/**
 * Joins the pieces of a lemma that the author's markup splits: {@code of *common* things} is woven as three marks, the
 * middle one inside the emphasis, and becomes one mark around the whole run, so that its {@code app} holds every word
 * of the lemma. A lemma that begins or ends inside an element cannot be joined at that level and keeps its pieces.
 */
final class LemmaRuns {
  private LemmaRuns() {}

  static List<Inline> join(List<Inline> content) {
    List<Inline> out = null;
    for (int i = 0; i < content.size(); i++) {
      String ref = lemmaOf(content.get(i));
      int last = ref == null ? i : lastOfRun(content, i, ref);
      if (last == i) {
        if (out != null) {
          out.add(content.get(i));
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(content.subList(0, i));
      }
      out.add(new Inline.Mark(Inline.MarkKind.VARIANT, ref, unwrap(content.subList(i, last + 1), ref)));
      i = last;
    }
    return out == null ? content : out;
  }

  /** The last node of the run of {@code ref}'s pieces that starts at {@code first}; points between pieces go with them. */
  private static int lastOfRun(List<Inline> content, int first, String ref) {
    int last = first;
    for (int k = first + 1; k < content.size(); k++) {
      Inline node = content.get(k);
      if (ref.equals(lemmaOf(node))) {
        last = k;
      } else if (!(node instanceof Inline.Point)) {
        break;
      }
    }
    return last;
  }

  /** The variant whose lemma covers the whole node, or null. */
  private static String lemmaOf(Inline node) {
    if (node instanceof Inline.Mark m && m.kind() == Inline.MarkKind.VARIANT) {
      return m.ref();
    }
    if (!isContainer(node)) {
      return null;
    }
    String ref = null;
    for (Inline child : Inline.children(node)) {
      if (child instanceof Inline.Point) {
        continue;
      }
      String own = lemmaOf(child);
      if (own == null || (ref != null && !ref.equals(own))) {
        return null;
      }
      ref = own;
    }
    return ref;
  }

  private static boolean isContainer(Inline node) {
    return node instanceof Inline.Styled || node instanceof Inline.Link || node instanceof Inline.Element
        || node instanceof Inline.Mark;
  }

  /** The nodes with {@code ref}'s own marks taken away, keeping their words and every other markup. */
  private static List<Inline> unwrap(List<Inline> nodes, String ref) {
    List<Inline> out = new ArrayList<>();
    for (Inline node : nodes) {
      if (node instanceof Inline.Mark m && m.kind() == Inline.MarkKind.VARIANT && m.ref().equals(ref)) {
        out.addAll(unwrap(m.children(), ref));
      } else if (node instanceof Inline.Styled s) {
        out.add(new Inline.Styled(s.style(), unwrap(s.children(), ref)));
      } else if (node instanceof Inline.Link l) {
        out.add(new Inline.Link(l.href(), l.title(), unwrap(l.children(), ref)));
      } else if (node instanceof Inline.Element e) {
        out.add(new Inline.Element(e.tag(), e.attributes(), unwrap(e.children(), ref)));
      } else if (node instanceof Inline.Mark m) {
        out.add(new Inline.Mark(m.kind(), m.ref(), unwrap(m.children(), ref)));
      } else {
        out.add(node);
      }
    }
    return out;
  }
}
