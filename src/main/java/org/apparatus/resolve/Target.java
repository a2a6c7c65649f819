package org.apparatus.resolve;

/**
 * What a cross-reference points at. {@code owner} is the text or page holding it and
 * {@code fragment} the element id on that page ("" for the page itself).
 */
public record Target(Kind kind, String owner, String fragment, String label) {
  public enum Kind {
    BLOCK,
    TEXT,
    NOTE,
    TERM,
    REFERENCE,
    PAGE
  }

  /** The key under which backlinks to this target are collected, e.g. {@code afrasiabi#p4}. */
  public String key() {
    return switch (kind) {
      case BLOCK -> owner + "#" + fragment;
      case TEXT, PAGE -> owner;
      case NOTE -> "note:" + fragment.substring("n-".length());
      case TERM -> "term:" + fragment.substring("term-".length());
      case REFERENCE -> "ref:" + fragment.substring("ref-".length());
    };
  }
}
