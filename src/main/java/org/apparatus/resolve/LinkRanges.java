package org.apparatus.resolve;

import java.util.ArrayList;
import java.util.List;
import org.apparatus.model.Inline;

/** The character ranges of a block's text that are already inside links the author wrote. */
final class LinkRanges {
  private LinkRanges() {}

  static List<QuoteMatcher.Span> of(List<Inline> content) {
    List<QuoteMatcher.Span> spans = new ArrayList<>();
    walk(content, 0, spans);
    return spans;
  }

  private static int walk(List<Inline> content, int offset, List<QuoteMatcher.Span> spans) {
    for (Inline i : content) {
      if (i instanceof Inline.Link link) {
        int length = Inline.plainText(List.of(link)).length();
        spans.add(new QuoteMatcher.Span(offset, offset + length));
        offset += length;
      } else if (i instanceof Inline.Cell cell) {
        offset = walk(cell.children(), offset, spans) + 1;
      } else if (i instanceof Inline.Text || i instanceof Inline.Code || i instanceof Inline.LineBreak) {
        offset += Inline.plainText(List.of(i)).length();
      } else {
        offset = walk(Inline.children(i), offset, spans);
      }
    }
    return offset;
  }
}
