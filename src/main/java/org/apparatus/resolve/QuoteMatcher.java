package org.apparatus.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a quoted span in a block's text, tolerating typographic differences: curly and straight
 * quotes, the kinds of dash, and runs of whitespace compare equal.
 */
public final class QuoteMatcher {
  private QuoteMatcher() {}

  /** A match as a half-open range of offsets into the original text. */
  public record Span(int start, int end) {
    public boolean overlaps(Span other) {
      return start < other.end && other.start < end;
    }
  }

  /** All non-overlapping matches of {@code quote} in {@code text}, in order. */
  public static List<Span> findAll(String text, String quote) {
    Normalised hay = normalise(text);
    String needle = normalise(quote).text.strip();
    List<Span> spans = new ArrayList<>();
    if (needle.isEmpty()) {
      return spans;
    }
    int from = 0;
    while (true) {
      int i = hay.text.indexOf(needle, from);
      if (i < 0) {
        return spans;
      }
      int end = i + needle.length();
      spans.add(new Span(hay.origin[i], hay.origin[end - 1] + 1));
      from = end;
    }
  }

  /** Whether {@code text} contains {@code word} starting at {@code i} as a whole word. */
  public static boolean isWholeWord(String text, int start, int end) {
    boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
    boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    return before && after;
  }

  static char fold(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
      case '\u00A0', '\u2009', '\u202F', '\t', '\n', '\r' -> ' ';
      default -> c;
    };
  }

  private record Normalised(String text, int[] origin) {}

  private static Normalised normalise(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int[] origin = new int[s.length() + 1];
    boolean lastSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = fold(s.charAt(i));
      if (c == ' ') {
        if (lastSpace) {
          continue;
        }
        lastSpace = true;
      } else {
        lastSpace = false;
      }
      origin[b.length()] = i;
      b.append(c);
    }
    return new Normalised(b.toString(), origin);
  }
}
