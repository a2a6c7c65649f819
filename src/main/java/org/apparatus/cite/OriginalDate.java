package org.apparatus.cite;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text's own date as written in its front matter, read at whatever precision it has: {@code 1609},
 * {@code 1863-11}, {@code 1863-11-19}, {@code c. 1600}, {@code 44 BC}; anything else is kept as written.
 *
 * @param parts year, or year and month, or year, month and day (a year before the common era is negative)
 * @param circa whether the date is approximate
 * @param literal the date as written when it could not be read
 */
public record OriginalDate(int[] parts, boolean circa, String literal) {
  private static final Pattern DATE = Pattern.compile(
      "(?i)(?<circa>(?:c\\.|ca\\.|circa|about)\\s*)?(?<year>\\d{1,4})(?:-(?<month>\\d{2})(?:-(?<day>\\d{2}))?)?(?<era>\\s*(?:BCE?|B\\.C\\.))?");

  /** The date of {@code written}, or empty when nothing is written. */
  public static Optional<OriginalDate> parse(String written) {
    String s = written == null ? "" : written.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = DATE.matcher(s);
    if (!m.matches()) {
      return Optional.of(new OriginalDate(new int[0], false, s));
    }
    int year = Integer.parseInt(m.group("year"));
    if (m.group("era") != null) {
      year = -year;
    }
    boolean circa = m.group("circa") != null;
    if (m.group("month") == null) {
      return Optional.of(new OriginalDate(new int[] {year}, circa, ""));
    }
    int month = Integer.parseInt(m.group("month"));
    if (m.group("day") == null) {
      return Optional.of(new OriginalDate(new int[] {year, month}, circa, ""));
    }
    return Optional.of(new OriginalDate(new int[] {year, month, Integer.parseInt(m.group("day"))}, circa, ""));
  }

  public CSLDate csl() {
    if (!literal.isEmpty()) {
      return new CSLDateBuilder().literal(literal).build();
    }
    CSLDateBuilder b = new CSLDateBuilder().dateParts(parts);
    if (circa) {
      b.circa(true);
    }
    return b.build();
  }

  /** The EDTF form biblatex reads in {@code origdate}: {@code 1609}, {@code 1863-11-19}, {@code 1600~}, {@code -0043}. */
  public String edtf() {
    if (!literal.isEmpty()) {
      return literal;
    }
    StringBuilder b = new StringBuilder(parts[0] < 0 ? String.format("-%04d", -parts[0]) : String.format("%04d", parts[0]));
    for (int i = 1; i < parts.length; i++) {
      b.append(String.format("-%02d", parts[i]));
    }
    return circa ? b.append('~').toString() : b.toString();
  }
}
