package org.apparatus.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apparatus.diagnostic.SourcePos;

/**
 * The YAML header of a Markdown file, or the whole of a YAML file: scalar and list values, each
 * with the position of its key, plus where the Markdown body starts.
 */
public record FrontMatter(Map<String, Field> fields, SourcePos start, int bodyOffset, boolean broken) {

  /** One key's value: a scalar ({@code text}) or a list of scalars ({@code items}). */
  public record Field(String key, String text, List<String> items, SourcePos keyPos, SourcePos valuePos) {
    public boolean isList() {
      return items != null;
    }
  }

  public Optional<String> text(String key) {
    Field f = fields.get(key);
    return f == null || f.isList() ? Optional.empty() : Optional.ofNullable(f.text());
  }

  public String text(String key, String fallback) {
    return text(key).filter(s -> !s.isBlank()).orElse(fallback);
  }

  public List<String> list(String key) {
    Field f = fields.get(key);
    if (f == null) {
      return List.of();
    }
    return f.isList() ? f.items() : (f.text() == null || f.text().isBlank() ? List.of() : List.of(f.text()));
  }

  public SourcePos posOf(String key) {
    Field f = fields.get(key);
    return f == null ? start : f.keyPos();
  }

  public SourcePos valuePosOf(String key) {
    Field f = fields.get(key);
    return f == null ? start : f.valuePos();
  }
}
