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

  /** A thematic break. */
  record Rule(SourcePos pos) implements BodyNode {}
}
