package org.apparatus.resolve;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** The character ranges of a block's text that are already inside links. */
final class LinkRanges {
  private LinkRanges() {}

  static List<QuoteMatcher.Span> of(String html) {
    if (!html.contains("<a")) {
      return List.of();
    }
    List<QuoteMatcher.Span> spans = new ArrayList<>();
    Element body = Jsoup.parseBodyFragment(html).body();
    int[] offset = {0};
    walk(body, false, offset, spans);
    return spans;
  }

  private static void walk(Node node, boolean inLink, int[] offset, List<QuoteMatcher.Span> spans) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        int len = t.getWholeText().length();
        if (inLink) {
          spans.add(new QuoteMatcher.Span(offset[0], offset[0] + len));
        }
        offset[0] += len;
      } else if (child instanceof Element e) {
        walk(e, inLink || e.tagName().equals("a"), offset, spans);
      }
    }
  }
}
