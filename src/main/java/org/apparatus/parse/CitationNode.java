package org.apparatus.parse;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/** A Pandoc citation such as {@code [@key, p. 5]}, {@code [-@key]} or {@code [@a; @b]}. */
public final class CitationNode extends Node {
  /** One cited work: its key, an optional locator ("p. 5") and whether the author is suppressed. */
  public record Item(String key, String locator, boolean suppressAuthor, int offset) {}

  private final List<Item> items;

  public CitationNode(BasedSequence chars, List<Item> items) {
    super(chars);
    this.items = List.copyOf(items);
  }

  public List<Item> items() {
    return items;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
