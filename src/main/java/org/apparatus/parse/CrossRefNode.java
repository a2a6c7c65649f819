package org.apparatus.parse;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** {@code [[target]]} or {@code [[target|label]]}: a link to any part of the edition. */
public final class CrossRefNode extends Node {
  private final String target;
  private final String label;

  public CrossRefNode(BasedSequence chars, String target, String label) {
    super(chars);
    this.target = target;
    this.label = label;
  }

  public String target() {
    return target;
  }

  /** The label the author wrote after {@code |}, or "" to use the target's own title. */
  public String label() {
    return label;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
