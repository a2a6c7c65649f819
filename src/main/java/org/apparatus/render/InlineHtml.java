package org.apparatus.render;

import java.util.List;
import java.util.Map;
import org.apparatus.model.Inline;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes an inline tree as HTML elements. The editor's content maps to its tags; the apparatus nodes are
 * made by the page's {@link Apparatus}, which knows the page they sit on.
 */
final class InlineHtml {
  /** Makes the elements of the apparatus placed in a text. */
  interface Apparatus {
    Element mark(Inline.MarkKind kind, String ref);

    List<Node> point(Inline.PointKind kind, String ref);

    List<Node> footnote(String label);

    /** The address of a published media file (relative to the site root) from the current page. */
    String media(String sitePath);

    /** A resolved cross-reference of the editors' apparatus. */
    default List<Node> crossRef(Inline.CrossRef ref) {
      return List.of(new TextNode(ref.label().isEmpty() ? ref.target() : ref.label()));
    }

    /** A formatted citation of the editors' apparatus. */
    default List<Node> citation(Inline.Citation citation) {
      return List.of();
    }
  }

  private final Apparatus apparatus;

  InlineHtml(Apparatus apparatus) {
    this.apparatus = apparatus;
  }

  void append(Element parent, List<Inline> content) {
    for (Inline i : content) {
      append(parent, i);
    }
  }

  /** A table's caption, head rows and body rows, written into {@code table}. */
  void appendTable(Element table, List<Inline> content) {
    Element head = null;
    Element body = null;
    for (Inline part : content) {
      if (part instanceof Inline.Element caption && caption.tag().equals("caption")) {
        append(table.appendElement("caption"), caption.children());
      } else if (part instanceof Inline.Row row) {
        if (row.head()) {
          head = head == null ? table.appendElement("thead") : head;
          append(head, row);
        } else {
          body = body == null ? table.appendElement("tbody") : body;
          append(body, row);
        }
      }
    }
  }

  private void append(Element parent, Inline node) {
    if (node instanceof Inline.Text t) {
      parent.appendChild(new TextNode(t.text()));
    } else if (node instanceof Inline.Code c) {
      parent.appendElement("code").appendText(c.text());
    } else if (node instanceof Inline.LineBreak) {
      parent.appendElement("br");
    } else if (node instanceof Inline.Styled s) {
      append(parent.appendElement(switch (s.style()) {
        case EMPHASIS -> "em";
        case STRONG -> "strong";
        case STRIKETHROUGH -> "del";
      }), s.children());
    } else if (node instanceof Inline.Link l) {
      Element a = parent.appendElement("a").attr("href", l.href());
      if (!l.title().isEmpty()) {
        a.attr("title", l.title());
      }
      append(a, l.children());
    } else if (node instanceof Inline.Image img) {
      Element e = parent.appendElement("img").attr("src", apparatus.media(img.src())).attr("alt", img.alt());
      if (!img.title().isEmpty()) {
        e.attr("title", img.title());
      }
    } else if (node instanceof Inline.Element e) {
      if (e.tag().equals("span") && e.attributes().isEmpty()) {
        append(parent, e.children());
      } else {
        Element el = parent.appendElement(e.tag());
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
          el.attr(a.getKey(), a.getValue());
        }
        append(el, e.children());
      }
    } else if (node instanceof Inline.FootnoteRef f) {
      apparatus.footnote(f.label()).forEach(parent::appendChild);
    } else if (node instanceof Inline.Row r) {
      Element tr = parent.appendElement("tr");
      append(tr, r.cells());
    } else if (node instanceof Inline.Cell c) {
      Element cell = parent.appendElement(c.header() ? "th" : "td");
      if (c.header()) {
        cell.attr("scope", "col");
      }
      if (!c.align().isEmpty()) {
        cell.addClass("align-" + c.align());
      }
      append(cell, c.children());
    } else if (node instanceof Inline.Mark m) {
      Element wrapper = apparatus.mark(m.kind(), m.ref());
      parent.appendChild(wrapper);
      append(wrapper, m.children());
    } else if (node instanceof Inline.CrossRef x) {
      apparatus.crossRef(x).forEach(parent::appendChild);
    } else if (node instanceof Inline.Citation c) {
      apparatus.citation(c).forEach(parent::appendChild);
    } else if (node instanceof Inline.Point p) {
      apparatus.point(p.kind(), p.ref()).forEach(parent::appendChild);
    }
  }
}
