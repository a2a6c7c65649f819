package org.apparatus.render;

import java.io.IOException;
import java.util.List;
import org.apparatus.model.BibEntry;

/**
 * Where the renderer gets its citation formatter. A formatter is a pure function of the entries, the
 * style and the locale once every entry is registered, so a series of builds may share one.
 */
@FunctionalInterface
public interface CitationFormatters {
  /** A new formatter for every build. */
  CitationFormatters FRESH = CitationFormatter::new;

  CitationFormatter formatter(List<BibEntry> entries, String style, String locale) throws IOException;

  /** Keeps the last formatter and gives it again while the entries (positions aside), style and locale are the same. */
  static CitationFormatters reusingLast() {
    return new CitationFormatters() {
      private List<Object> lastKey;
      private CitationFormatter last;

      @Override
      public synchronized CitationFormatter formatter(List<BibEntry> entries, String style, String locale) throws IOException {
        List<Object> key = List.of(entries.stream().map(e -> List.of(e.key(), e.item())).toList(), style, locale);
        if (!key.equals(lastKey)) {
          last = new CitationFormatter(entries, style, locale);
          lastKey = key;
        }
        return last;
      }
    };
  }
}
