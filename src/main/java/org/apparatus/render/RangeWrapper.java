package org.apparatus.render;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Wraps a character range of an element's text (as defined by {@code HtmlText}) in new elements,
 * splitting text nodes where the range starts and ends. Ranges that cross inline markup become
 * several wrappers, one per text node.
 */
final class RangeWrapper {
  private RangeWrapper() {}

  /** Wraps {@code [start, end)}; returns the wrappers created, in document order. */
  static List<Element> wrap(Element root, int start, int end, java.util.function.Supplier<Element> wrapper) {
    List<Element> created = new ArrayList<>();
    int offset = 0;
    for (TextNode t : textNodes(root)) {
      int len = t.getWholeText().length();
      int nodeStart = offset;
      int nodeEnd = offset + len;
      offset = nodeEnd;
      if (nodeEnd <= start || nodeStart >= end || len == 0) {
        continue;
      }
      TextNode target = t;
      int localStart = Math.max(0, start - nodeStart);
      int localEnd = Math.min(len, end - nodeStart);
      if (localEnd < len) {
        target.splitText(localEnd);
      }
      if (localStart > 0) {
        target = target.splitText(localStart);
      }
      Element w = wrapper.get();
      target.before(w);
      w.appendChild(target);
      created.add(w);
    }
    return created;
  }

  /** Inserts {@code node} at character offset {@code at} of the root's text. */
  static void insertAt(Element root, int at, Node node) {
    int offset = 0;
    for (TextNode t : textNodes(root)) {
      int len = t.getWholeText().length();
      if (at <= offset + len && len > 0) {
        if (at == offset + len) {
          t.after(node);
        } else {
          TextNode tail = t.splitText(at - offset);
          tail.before(node);
        }
        return;
      }
      offset += len;
    }
    root.appendChild(node);
  }

  private static List<TextNode> textNodes(Element root) {
    List<TextNode> nodes = new ArrayList<>();
    collect(root, nodes);
    return nodes;
  }

  private static void collect(Node node, List<TextNode> out) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        out.add(t);
      } else if (child instanceof Element e) {
        collect(e, out);
      }
    }
  }
}
