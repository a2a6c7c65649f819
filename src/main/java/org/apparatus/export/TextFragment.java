package org.apparatus.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A text directive ({@code :~:text=}) that makes a browser scroll to and highlight quoted words,
 * following the URL Fragment Text Directives specification. It is appended to an element fragment
 * ({@code #p4:~:text=…}) so that browsers without support, or a directive that finds nothing, still
 * land on the paragraph.
 *
 * @param prefix words just before the quote, or "" (only used to pick the right occurrence)
 * @param start the quote, or its first words when {@code end} is set
 * @param end the last words of the quote, or "" when {@code start} is the whole quote
 */
public record TextFragment(String prefix, String start, String end) {
  /** Quotes up to this many words are given whole; longer ones as their first and last words. */
  static final int WHOLE_QUOTE_WORDS = 10;
  public static final int EDGE_WORDS = 4;
  static final int PREFIX_WORDS = 3;

  /** The directive, starting with {@code :~:text=}, with every value percent-encoded. */
  public String directive() {
    StringBuilder b = new StringBuilder(":~:text=");
    if (!prefix.isEmpty()) {
      b.append(encode(prefix)).append("-,");
    }
    b.append(encode(start));
    if (!end.isEmpty()) {
      b.append(',').append(encode(end));
    }
    return b.toString();
  }

  /**
   * The directive for the quote {@code [from, to)} of a paragraph's plain text.
   *
   * @param breaks offsets inside the paragraph where the page shows other matter (a note marker and
   *     note) between two runs of the author's words; a browser cannot match one string across them
   * @param seenBefore whether words already occur on the page before the quote, so that a prefix is
   *     needed to reach this occurrence; without one there is no directive
   * @param seenBetween whether words occur in the matter shown inside the quote, where a browser would
   *     end the match too early; then only the quote's first run is given
   */
  public static Optional<TextFragment> forQuote(String paragraph, int from, int to, List<Integer> breaks,
      Predicate<String> seenBefore, Predicate<String> seenBetween) {
    List<int[]> runs = new ArrayList<>();
    int runStart = from;
    for (int cut : breaks.stream().filter(c -> c > from && c < to).sorted().distinct().toList()) {
      runs.add(new int[] {runStart, cut});
      runStart = cut;
    }
    runs.add(new int[] {runStart, to});
    List<String> first = words(paragraph.substring(runs.get(0)[0], runs.get(0)[1]));
    List<String> last = words(paragraph.substring(runs.get(runs.size() - 1)[0], runs.get(runs.size() - 1)[1]));
    if (!hasWordCharacter(first) || !hasWordCharacter(last)) {
      return Optional.empty();
    }
    TextFragment words = contiguous(first);
    if (runs.size() > 1) {
      String start = String.join(" ", first.subList(0, Math.min(EDGE_WORDS, first.size())));
      String end = endWords(String.join(" ", words(paragraph.substring(from, to))), last, start);
      if (!seenBetween.test(end)) {
        words = new TextFragment("", start, end);
      }
    }
    if (!seenBefore.test(words.start())) {
      return Optional.of(words);
    }
    // Without words of its own before it, the quote cannot be told from the earlier occurrence.
    String prefix = prefixBefore(paragraph, from, breaks);
    return prefix.isEmpty() ? Optional.empty() : Optional.of(new TextFragment(prefix, words.start(), words.end()));
  }

  /** Words with nothing shown between them: whole if short, else as first and last words. */
  private static TextFragment contiguous(List<String> words) {
    if (words.size() <= WHOLE_QUOTE_WORDS) {
      return new TextFragment("", String.join(" ", words), "");
    }
    String start = String.join(" ", words.subList(0, EDGE_WORDS));
    return new TextFragment("", start, endWords(String.join(" ", words), words, start));
  }

  /** The shortest run of final words that does not occur earlier in the quote after its start words. */
  private static String endWords(String quote, List<String> last, String start) {
    String lower = quote.toLowerCase(Locale.ROOT);
    for (int n = Math.min(EDGE_WORDS, last.size()); n <= last.size(); n++) {
      String candidate = String.join(" ", last.subList(last.size() - n, last.size()));
      int found = lower.indexOf(candidate.toLowerCase(Locale.ROOT), start.length());
      if (found == lower.length() - candidate.length() && hasWordCharacter(List.of(candidate))) {
        return candidate;
      }
    }
    return String.join(" ", last);
  }

  /** Up to three words right before the quote, unless other matter is shown between them and it. */
  private static String prefixBefore(String paragraph, int from, List<Integer> breaks) {
    if (from == 0 || !Character.isWhitespace(paragraph.charAt(from - 1))) {
      return "";
    }
    int floor = breaks.stream().filter(c -> c <= from).max(Integer::compare).orElse(0);
    List<String> before = words(paragraph.substring(floor, from));
    if (before.isEmpty()) {
      return "";
    }
    List<String> picked = before.subList(Math.max(0, before.size() - PREFIX_WORDS), before.size());
    return hasWordCharacter(picked) ? String.join(" ", picked) : "";
  }

  private static List<String> words(String s) {
    String trimmed = s.strip();
    return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
  }

  private static boolean hasWordCharacter(List<String> words) {
    return words.stream().anyMatch(w -> w.codePoints().anyMatch(Character::isLetterOrDigit));
  }

  /**
   * Percent-encodes a directive value: everything but ASCII letters, digits and {@code . _ ~} is
   * encoded as UTF-8, which covers the spec's reserved {@code - & ,} and keeps the URL valid.
   */
  public static String encode(String value) {
    StringBuilder b = new StringBuilder();
    for (byte raw : value.getBytes(StandardCharsets.UTF_8)) {
      int c = raw & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '~') {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return b.toString();
  }

  /** Splits {@code fragment} ({@code id:~:text=…}) into the element id and the decoded directive, if any. */
  public static Optional<TextFragment> parse(String fragment) {
    int at = fragment.indexOf(":~:");
    if (at < 0) {
      return Optional.empty();
    }
    for (String directive : fragment.substring(at + 3).split("&")) {
      if (!directive.startsWith("text=")) {
        continue;
      }
      List<String> parts = new ArrayList<>(List.of(directive.substring(5).split(",", -1)));
      String prefix = parts.get(0).endsWith("-") ? decode(strip(parts.remove(0), 0, 1)) : "";
      if (!parts.isEmpty() && parts.get(parts.size() - 1).startsWith("-")) {
        parts.remove(parts.size() - 1);
      }
      if (parts.isEmpty() || parts.size() > 2) {
        return Optional.empty();
      }
      return Optional.of(new TextFragment(prefix, decode(parts.get(0)), parts.size() == 2 ? decode(parts.get(1)) : ""));
    }
    return Optional.empty();
  }

  /** The element id in front of a directive ({@code p4} of {@code p4:~:text=…}), or the whole fragment. */
  public static String elementId(String fragment) {
    int at = fragment.indexOf(":~:");
    return at < 0 ? fragment : fragment.substring(0, at);
  }

  private static int hexByte(String two) {
    int high = Character.digit(two.charAt(0), 16);
    int low = Character.digit(two.charAt(1), 16);
    return high < 0 || low < 0 ? -1 : high * 16 + low;
  }

  private static String strip(String s, int head, int tail) {
    return s.substring(head, s.length() - tail);
  }

  private static String decode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int hex = c == '%' && i + 2 < s.length() ? hexByte(s.substring(i + 1, i + 3)) : -1;
      if (hex >= 0) {
        out.write(hex);
        i += 2;
      } else {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
