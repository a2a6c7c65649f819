package org.apparatus.download;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * The one timestamp the offline copies carry: midnight of the edition's date, never the clock, so
 * that two builds of one edition are byte-identical. A date that is not {@code YYYY-MM-DD} gives
 * 1980-01-01, the earliest date a ZIP entry can hold.
 */
record FixedTime(LocalDateTime local) {
  static final LocalDateTime FALLBACK = LocalDateTime.of(1980, 1, 1, 0, 0);

  static FixedTime of(String editionDate) {
    try {
      LocalDate date = LocalDate.parse(editionDate.strip());
      return new FixedTime(date.getYear() < 1980 ? FALLBACK : date.atStartOfDay());
    } catch (DateTimeParseException e) {
      return new FixedTime(FALLBACK);
    }
  }

  /** The form {@code dcterms:modified} requires, e.g. {@code 2026-11-22T00:00:00Z}. */
  String iso() {
    return local.toLocalDate() + "T00:00:00Z";
  }
}
