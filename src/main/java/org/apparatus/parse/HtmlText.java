package org.apparatus.parse;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of an HTML fragment as the concatenation of its text nodes, unnormalised. Quote
 * ranges found in this text are wrapped later by walking the same text nodes, so both must agree.
 */
public final class HtmlText {
  private HtmlText() {}

  public static String of(Element element) {
    StringBuilder b = new StringBuilder();
    append(element, b);
    return b.toString();
  }

  private static void append(Node node, StringBuilder b) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        b.append(t.getWholeText());
      } else if (child instanceof Element e) {
        append(e, b);
      }
    }
  }
}
