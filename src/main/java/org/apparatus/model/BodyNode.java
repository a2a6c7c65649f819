package org.apparatus.model;

import java.util.List;
import org.apparatus.diagnostic.SourcePos;

/**
 * The structure of a primary text as written: citable units and the containers and furniture around
 * them (block quotes, lists, code, thematic breaks). {@link Text#blocks()} lists the same units flat.
 */
public sealed interface BodyNode {

  /** A citable unit in its place. */
  record Unit(Block block) implements BodyNode {}

  /** A block quote: kept as a quotation, its paragraphs still citable. */
  record Quote(List<BodyNode> children, Attributes attributes) implements BodyNode {
    public Quote {
      children = List.copyOf(children);
    }
  }

  /** A bullet or numbered list. */
  record ListGroup(boolean ordered, int start, List<Item> items) implements BodyNode {
    public ListGroup {
      items = List.copyOf(items);
    }
  }

  /** A list item: its first paragraph is the citable unit; further paragraphs and nested lists follow it. */
  record Item(Block block, List<BodyNode> children) {
    public Item {
      children = List.copyOf(children);
    }
  }

  /** A code block, shown verbatim; {@code language} is its info string. */
  record CodeBlock(String language, String code, SourcePos pos) implements BodyNode {}

  /**
   * A stanza of verse (a line group), written as a line block: lines beginning with {@code | }, a blank line (or a
   * line holding only {@code |}) ending the stanza. Stanzas are numbered through the text: anchor {@code st<N>},
   * locator {@code st. N}. Its lines are citable units of kind {@link BlockKind#LINE}.
   *
   * @param number the stanza's number in the text, from 1
   * @param attributes the line block's own attributes ({@code {lang=… dir=…}} after its last line)
   */
  record Stanza(String anchor, String locator, int number, List<Line> lines, Attributes attributes, SourcePos pos)
      implements BodyNode {
    public Stanza {
      lines = List.copyOf(lines);
    }
  }

  /**
   * One line of a stanza.
   *
   * @param block the citable unit: anchor {@code l<N>}, locator {@code l. N}; its content leaves out the indentation
   * @param number the line's number, counted through the whole text across stanzas and headings, from 1
   * @param indent how many spaces the editor wrote after {@code | } before the line's first word: the indentation,
   *     kept here and not in the block's text, so quotes and search never see it
   */
  record Line(Block block, int number, int indent) {}

  /** A thematic break. */
  record Rule(SourcePos pos) implements BodyNode {}
}
