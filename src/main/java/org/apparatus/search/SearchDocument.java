package org.apparatus.search;

import java.util.Locale;
import java.util.Objects;

/**
 * One searchable unit of the site: a text block, a note, an apparatus criticus entry, a glossary entry,
 * a reference or a section of an editorial page.
 *
 * @param url the unit's page and anchor, relative to the site root ({@code movahedian/index.html#s5-3-p2})
 * @param title what the result is called: a locator, a note label, a term, a work's title
 * @param detail a short qualifier shown beside the title (note kind and verdict, a term's aliases)
 * @param text the unit's words, without apparatus chrome such as locator links and note markers
 */
public record SearchDocument(Kind kind, String url, String title, String detail, String text) {
  /** What a result is; its key is what the search page groups and labels by. */
  public enum Kind {
    TEXT,
    NOTE,
    VARIANT,
    TERM,
    REFERENCE,
    PAGE;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public SearchDocument {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(url);
    Objects.requireNonNull(title);
    Objects.requireNonNull(detail);
    Objects.requireNonNull(text);
  }
}
