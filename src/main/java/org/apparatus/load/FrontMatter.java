package org.apparatus.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;

/**
 * The YAML header of a Markdown file, or the whole of a YAML file: scalar and list values, each
 * with the position of its key, plus where the Markdown body starts.
 *
 * @param misspelt keys that an unknown key was reported as probably meaning ("did you mean `readings`?"): a key
 *     missing for that reason is not reported again as missing
 */
public record FrontMatter(Map<String, Field> fields, SourcePos start, int bodyOffset, boolean broken, Set<String> misspelt) {
  public FrontMatter {
    misspelt = Set.copyOf(misspelt);
  }

  public FrontMatter(Map<String, Field> fields, SourcePos start, int bodyOffset, boolean broken) {
    this(fields, start, bodyOffset, broken, Set.of());
  }

  /** Whether {@code key} is absent because an unknown key, already reported, was probably meant to be it. */
  public boolean misspelt(String key) {
    return misspelt.contains(key) && !fields.containsKey(key);
  }

  /** Reports {@code key} as missing from this header, unless a misspelling of it has been reported already. */
  public void reportMissing(Diagnostics diagnostics, String key, String message, String hint) {
    if (!misspelt(key)) {
      diagnostics.error(Code.MISSING_KEY, start, message, hint);
    }
  }

  /**
   * One key's value: a scalar ({@code text}), a list of scalars ({@code items}, each at its {@code itemPositions}) or,
   * where the kind of file allows it, a list of mappings ({@code records}, each read like a header of its own).
   */
  public record Field(String key, String text, List<String> items, List<SourcePos> itemPositions,
      List<FrontMatter> records, SourcePos keyPos, SourcePos valuePos) {
    public Field(String key, String text, List<String> items, SourcePos keyPos, SourcePos valuePos) {
      this(key, text, items, items == null ? null : java.util.Collections.nCopies(items.size(), valuePos), null, keyPos, valuePos);
    }

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

  /** Where each item of a list value was written; the value's own position for a scalar. */
  public List<SourcePos> itemPositions(String key) {
    Field f = fields.get(key);
    if (f == null) {
      return List.of();
    }
    return f.isList() ? f.itemPositions() : list(key).stream().map(i -> f.valuePos()).toList();
  }

  /** The mappings of a list-of-mappings value, in order; empty when the key is absent. */
  public List<FrontMatter> records(String key) {
    Field f = fields.get(key);
    return f == null || f.records() == null ? List.of() : f.records();
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
