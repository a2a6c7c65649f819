package org.apparatus.render;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Typesets the editors' own prose: straight quotes become curly ones, "--" and "---" en and em dashes. Applied to rendered apparatus Markdown only, never to the primary texts,
 * which stay as transcribed. Code is left alone. A quote's side is decided by the character before it, which may
 * sit in an earlier text node ({@code "<em>word</em>"}).
 */
final class Typography {
  private static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "script", "style");
  private static final Set<String> BLOCKS = Set.of("p", "li", "td", "th", "dt", "dd", "blockquote", "h1", "h2", "h3",
      "h4", "h5", "h6", "div", "br");

  private char previous = ' ';

  private Typography() {}

  static void apply(Element root) {
    new Typography().walk(root);
  }

  private void walk(Node node) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        String before = text.getWholeText();
        String after = typeset(before);
        if (!after.equals(before)) {
          text.text(after);
        }
      } else if (child instanceof Element el) {
        if (VERBATIM.contains(el.normalName())) {
          previous = 'x';
          continue;
        }
        if (BLOCKS.contains(el.normalName())) {
          previous = ' ';
        }
        walk(el);
      }
    }
  }

  private String typeset(String s) {
    String dashed = s.replace("---", "\u2014").replace("--", "\u2013");
    StringBuilder out = new StringBuilder(dashed.length());
    for (int i = 0; i < dashed.length(); i++) {
      char c = dashed.charAt(i);
      char next = i + 1 < dashed.length() ? dashed.charAt(i + 1) : ' ';
      if (c == '"') {
        c = opens(previous) ? '\u201C' : '\u201D';
      } else if (c == '\'') {
        boolean apostrophe = Character.isLetterOrDigit(previous) || Character.isDigit(next);
        c = !apostrophe && opens(previous) ? '\u2018' : '\u2019';
      }
      out.append(c);
      previous = c;
    }
    return out.toString();
  }

  private static boolean opens(char before) {
    return Character.isWhitespace(before) || "([{\u2014\u2013-/\u201C\u2018".indexOf(before) >= 0;
  }
}
