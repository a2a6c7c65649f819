package org.apparatus.model;

import java.util.List;
import org.apparatus.diagnostic.SourcePos;

/**
 * One citable unit of a primary text: a heading, a paragraph, a list item, a table, a figure, a line of verse or one of
 * the author's footnotes.
 *
 * @param anchor the stable fragment id, e.g. {@code s5-3-p2}
 * @param locator the human form of the anchor, e.g. {@code §5-3 ¶2}
 * @param section the anchor of the heading this block belongs to ("" before the first heading)
 * @param level heading level (2 for {@code ##}); 0 for other blocks
 * @param list list membership for list items, null otherwise
 * @param content the inline content as written (no apparatus yet); a table's rows, a figure's image and caption
 * @param text the plain text of {@code content} ({@link Inline#plainText}): every range the resolver finds is in it
 */
public record Block(
    BlockKind kind,
    String anchor,
    String locator,
    String section,
    int level,
    ListInfo list,
    List<Inline> content,
    String text,
    Attributes attributes,
    SourcePos pos) {

  public Block {
    content = List.copyOf(content);
  }

  public static Block of(BlockKind kind, String anchor, String locator, String section, int level, ListInfo list,
      List<Inline> content, Attributes attributes, SourcePos pos) {
    return new Block(kind, anchor, locator, section, level, list, content, Inline.plainText(content), attributes, pos);
  }

  /** Where a list item sits: which list of the text, ordered or not, and its displayed number. */
  public record ListInfo(int listIndex, boolean ordered, int number) {}
}
