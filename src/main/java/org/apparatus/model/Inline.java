package org.apparatus.model;

import java.util.List;
import java.util.Map;
import org.apparatus.diagnostic.SourcePos;

/**
 * Inline content of a citable block, as a typed tree: what the editor wrote (text, emphasis, links,
 * images, sanitized inline HTML, the author's footnote references) and, once the edition is resolved,
 * the apparatus placed on it (highlights, term links, note anchors). The block's plain text is the
 * concatenation of its {@link Text} and {@link Code} leaves and its line breaks; every character range
 * the resolver computes is a range of that text, so the tree and the ranges always agree.
 */
public sealed interface Inline {

  /** Literal text, entities already decoded. */
  record Text(String text) implements Inline {}

  /** Inline code, kept verbatim. */
  record Code(String text) implements Inline {}

  /** A hard line break (the text sees a newline). */
  record LineBreak() implements Inline {}

  /** Emphasis, strong emphasis, strikethrough and similar spans. */
  record Styled(Style style, List<Inline> children) implements Inline {
    public Styled {
      children = List.copyOf(children);
    }
  }

  /** A link the editor wrote; {@code href} already passed the URL policy. */
  record Link(String href, String title, List<Inline> children) implements Inline {
    public Link {
      children = List.copyOf(children);
    }
  }

  /** An image; {@code src} is the path of the copied file relative to the site root, or an allowed URL. */
  record Image(String src, String alt, String title) implements Inline {}

  /** An allowed inline HTML element with its allowed attributes, e.g. {@code <bdi>}, {@code <abbr title>}. */
  record Element(String tag, Map<String, String> attributes, List<Inline> children) implements Inline {
    public Element {
      attributes = Map.copyOf(attributes);
      children = List.copyOf(children);
    }
  }

  /** Where the author's own footnote {@code [^label]} is referred to. */
  record FootnoteRef(String label, SourcePos pos) implements Inline {}

  /** A cross-reference {@code [[target|label]]} in the editors' apparatus; {@code key} finds its resolved target. */
  record CrossRef(String target, String label, NodeKey key) implements Inline {}

  /** A citation {@code [@key, p. 5; @other]} in the editors' apparatus. */
  record Citation(List<Cited> items) implements Inline {
    public Citation {
      items = List.copyOf(items);
    }
  }

  /** One work cited: its reference key, a locator such as "p. 5", and whether the author's name is left out. */
  record Cited(String key, String locator, boolean suppressAuthor) {}

  /** A table cell: a container whose text is separated from its neighbours' by one space. */
  record Cell(boolean header, String align, List<Inline> children) implements Inline {
    public Cell {
      children = List.copyOf(children);
    }
  }

  /** A table row. */
  record Row(boolean head, List<Inline> cells) implements Inline {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * Apparatus over a range of the text, placed by the resolver: a note highlight, a term link, an own citation, or
   * the lemma of a variant entry ({@code ref} is the variant id; its readings are in the resolved edition).
   */
  record Mark(MarkKind kind, String ref, List<Inline> children) implements Inline {
    public Mark {
      children = List.copyOf(children);
    }
  }

  /** Apparatus at a point of the text: an editors' note or a lemma's link to its entry; it adds no text. */
  record Point(PointKind kind, String ref) implements Inline {}

  enum Style { EMPHASIS, STRONG, STRIKETHROUGH }

  enum MarkKind { NOTE, TERM, OWN_CITATION, VARIANT }

  enum PointKind { NOTE, VARIANT }

  /** The plain text of some inline content, as every range of the resolver counts it. */
  static String plainText(List<Inline> content) {
    StringBuilder b = new StringBuilder();
    appendText(content, b);
    return b.toString();
  }

  private static void appendText(List<Inline> content, StringBuilder b) {
    for (Inline i : content) {
      if (i instanceof Text t) {
        b.append(t.text());
      } else if (i instanceof Code c) {
        b.append(c.text());
      } else if (i instanceof LineBreak) {
        b.append('\n');
      } else if (i instanceof Cell c) {
        appendText(c.children(), b);
        b.append(' ');
      } else {
        appendText(children(i), b);
      }
    }
  }

  /** The child content of a container node; empty for leaves. */
  static List<Inline> children(Inline i) {
    if (i instanceof Styled s) {
      return s.children();
    } else if (i instanceof Link l) {
      return l.children();
    } else if (i instanceof Element e) {
      return e.children();
    } else if (i instanceof Cell c) {
      return c.children();
    } else if (i instanceof Row r) {
      return r.cells();
    } else if (i instanceof Mark m) {
      return m.children();
    }
    return List.of();
  }
}
