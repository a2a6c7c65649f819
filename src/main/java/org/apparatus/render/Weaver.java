package org.apparatus.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.apparatus.model.Inline;

/**
 * Places the resolved apparatus into a block's inline tree in one pass: each range (a note's quote, a
 * term, an own citation) becomes {@link Inline.Mark} nodes around exactly its words, split where it crosses
 * the author's markup; each point (a note, a term's tooltip) becomes an {@link Inline.Point} after its
 * offset. All offsets are offsets of the block's plain text, which placing apparatus never changes, so
 * every range lands on its words however many others precede it. Points never go inside a link.
 */
final class Weaver {
  /** A range of the block's text to mark; {@code order} breaks ties between equal ranges. */
  record Span(int start, int end, Inline.MarkKind kind, String ref, int order) {}

  /** Something to place after offset {@code at}; points at the same offset keep their order. */
  record Point(int at, Inline.PointKind kind, String ref, int order) {}

  private final List<Span> spans;
  private final List<Point> points;
  private int cursor;
  private int nextPoint;

  private Weaver(List<Span> spans, List<Point> points) {
    this.spans = spans.stream().filter(s -> s.end() > s.start()).toList();
    this.points = points.stream().sorted(Comparator.comparingInt(Point::at).thenComparingInt(Point::order)).toList();
  }

  static List<Inline> weave(List<Inline> content, List<Span> spans, List<Point> points) {
    if (spans.isEmpty() && points.isEmpty()) {
      return content;
    }
    Weaver w = new Weaver(spans, points);
    List<Inline> out = w.children(content, false);
    w.emitPoints(Integer.MAX_VALUE, out);
    return out;
  }

  private List<Inline> children(List<Inline> content, boolean inLink) {
    List<Inline> out = new ArrayList<>();
    for (Inline node : content) {
      if (node instanceof Inline.Text t) {
        leaf(t.text(), Inline.Text::new, out, inLink);
      } else if (node instanceof Inline.Code c) {
        leaf(c.text(), Inline.Code::new, out, inLink);
      } else if (node instanceof Inline.LineBreak) {
        out.add(node);
        cursor++;
        if (!inLink) {
          emitPoints(cursor, out);
        }
      } else if (node instanceof Inline.Styled s) {
        out.add(new Inline.Styled(s.style(), children(s.children(), inLink)));
      } else if (node instanceof Inline.Link l) {
        out.add(new Inline.Link(l.href(), l.title(), children(l.children(), true)));
        if (!inLink) {
          emitPoints(cursor, out);
        }
      } else if (node instanceof Inline.Element e) {
        out.add(new Inline.Element(e.tag(), e.attributes(), children(e.children(), inLink)));
      } else if (node instanceof Inline.Cell c) {
        List<Inline> cell = children(c.children(), inLink);
        cursor++;
        out.add(new Inline.Cell(c.header(), c.align(), cell));
      } else if (node instanceof Inline.Row r) {
        out.add(new Inline.Row(r.head(), children(r.cells(), inLink)));
      } else if (node instanceof Inline.Mark m) {
        out.add(new Inline.Mark(m.kind(), m.ref(), children(m.children(), inLink)));
      } else {
        out.add(node);
      }
    }
    return out;
  }

  /** Splits a text leaf where marks start or end or points sit, and wraps each piece in the marks over it. */
  private void leaf(String text, Function<String, Inline> make, List<Inline> out, boolean inLink) {
    int start = cursor;
    int end = cursor + text.length();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(start, end));
    for (Span s : spans) {
      if (s.start() > start && s.start() < end) {
        cuts.add(s.start());
      }
      if (s.end() > start && s.end() < end) {
        cuts.add(s.end());
      }
    }
    if (!inLink) {
      for (Point p : points) {
        if (p.at() > start && p.at() < end) {
          cuts.add(p.at());
        }
      }
    }
    Integer a = cuts.first();
    for (Integer b : cuts.tailSet(a, false)) {
      Inline piece = make.apply(text.substring(a - start, b - start));
      List<Span> over = new ArrayList<>();
      for (Span s : spans) {
        if (s.start() <= a && s.end() >= b) {
          over.add(s);
        }
      }
      over.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed())
          .thenComparingInt(Span::order));
      for (int i = over.size() - 1; i >= 0; i--) {
        piece = new Inline.Mark(over.get(i).kind(), over.get(i).ref(), List.of(piece));
      }
      out.add(piece);
      cursor = b;
      if (!inLink) {
        emitPoints(b, out);
      }
      a = b;
    }
    cursor = end;
  }

  private void emitPoints(int upTo, List<Inline> out) {
    while (nextPoint < points.size() && points.get(nextPoint).at() <= upTo) {
      Point p = points.get(nextPoint++);
      out.add(new Inline.Point(p.kind(), p.ref()));
    }
  }
}
