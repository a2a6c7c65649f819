package org.apparatus.resolve;

/**
 * Where a piece of apparatus Markdown lives, so that links back to it can be made: a note on a
 * text page, a glossary entry, an editorial page, or an entry of a text's apparatus criticus (its comment,
 * or for the list of witnesses, a witness's reference).
 */
public record Origin(Kind kind, String id, String owner, String fragment, String label) {
  public enum Kind {
    NOTE,
    TERM,
    PAGE,
    VARIANT
  }
}
