package org.apparatus.resolve;

/**
 * Where a piece of apparatus Markdown lives, so that links back to it can be made: a note on a
 * text page, a glossary entry, or an editorial page.
 */
public record Origin(Kind kind, String id, String owner, String fragment, String label) {
  public enum Kind {
    NOTE,
    TERM,
    PAGE
  }
}
