package org.apparatus.model;

import org.apparatus.diagnostic.SourcePos;

/**
 * One citable unit of a primary text: a heading, a paragraph or a list item.
 *
 * @param anchor the stable fragment id, e.g. {@code s5-3-p2}
 * @param locator the human form of the anchor, e.g. {@code §5-3 ¶2}
 * @param section the anchor of the heading this block belongs to ("" before the first heading)
 * @param level heading level (2 for {@code ##}); 0 for other blocks
 * @param list list membership for list items, null otherwise
 * @param html sanitized inner HTML of the block as written (no apparatus yet)
 * @param text the block's plain text, exactly the text content of {@code html}
 */
public record Block(
    BlockKind kind,
    String anchor,
    String locator,
    String section,
    int level,
    ListInfo list,
    String html,
    String text,
    SourcePos pos) {

  /** Where a list item sits: which list of the text, ordered or not, and its displayed number. */
  public record ListInfo(int listIndex, boolean ordered, int number) {}
}
