package org.apparatus.model;

import java.util.Locale;
import java.util.Optional;

/** The fixed verdict scale of fact-checks. {@link #OPINION} is a label, not a verdict. */
public enum Verdict {
  SUPPORTED("Supported", 5),
  SUPPORTED_WITH_CONTEXT("Supported with context", 4),
  DISPUTED("Disputed", 3),
  INACCURATE("Inaccurate", 1),
  UNVERIFIED("Unverified", 0),
  OPINION("Opinion", 0);

  private final String label;
  private final int ratingValue;

  Verdict(String label, int ratingValue) {
    this.label = label;
    this.ratingValue = ratingValue;
  }

  public String label() {
    return label;
  }

  /** The schema.org ClaimReview rating (1 worst .. 5 best); 0 where no rating applies. */
  public int ratingValue() {
    return ratingValue;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether a fact-check with this verdict must cite at least one source. */
  public boolean needsSource() {
    return this != OPINION && this != UNVERIFIED;
  }

  public static Optional<Verdict> parse(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
    for (Verdict verdict : values()) {
      if (verdict.key().equals(v)) {
        return Optional.of(verdict);
      }
    }
    return Optional.empty();
  }
}
