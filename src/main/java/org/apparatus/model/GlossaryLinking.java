package org.apparatus.model;

import java.util.Locale;
import java.util.Optional;

/** Which occurrences of a glossary term in the texts are linked to its definition. */
public enum GlossaryLinking {
  FIRST_PER_SECTION,
  FIRST_PER_TEXT,
  ALL,
  NONE;

  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<GlossaryLinking> parse(String value) {
    for (GlossaryLinking l : values()) {
      if (l.key().equals(value)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
