package org.apparatus.model;

import java.util.Locale;
import java.util.Optional;

public enum NoteKind {
  MARGIN("Note"),
  FACT_CHECK("Fact-check"),
  EDITORIAL("Editorial note");

  private final String label;

  NoteKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<NoteKind> parse(String value) {
    for (NoteKind k : values()) {
      if (k.key().equals(value)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
