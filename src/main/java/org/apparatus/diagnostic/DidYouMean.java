package org.apparatus.diagnostic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Suggestions for a name that is not known: the known names it was most likely meant to be. */
public final class DidYouMean {
  private static final int MAX_SUGGESTIONS = 3;

  private DidYouMean() {}

  /**
   * The known names closest to {@code written}: those it is the start of (a style family such as {@code chicago}),
   * else those within a few typing mistakes of it, nearest first.
   */
  public static List<String> candidates(String written, Collection<String> known) {
    String w = written.strip().toLowerCase(Locale.ROOT);
    if (w.isEmpty()) {
      return List.of();
    }
    List<String> extensions = known.stream().filter(k -> k.toLowerCase(Locale.ROOT).startsWith(w + "-"))
        .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
        .limit(MAX_SUGGESTIONS).toList();
    if (!extensions.isEmpty()) {
      return extensions;
    }
    int limit = Math.max(1, Math.min(3, w.length() / 3));
    record Scored(String name, int distance) {}
    List<Scored> scored = new ArrayList<>();
    for (String k : known) {
      int d = distance(w, k.toLowerCase(Locale.ROOT));
      if (d <= limit) {
        scored.add(new Scored(k, d));
      }
    }
    return scored.stream().sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .limit(MAX_SUGGESTIONS).map(Scored::name).toList();
  }

  /** "did you mean `a` or `b`?", or empty when nothing is close. */
  public static Optional<String> phrase(String written, Collection<String> known) {
    return phrase(candidates(written, known));
  }

  public static Optional<String> phrase(List<String> candidates) {
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    List<String> quoted = candidates.stream().map(c -> "`" + c + "`").toList();
    String joined = quoted.size() == 1 ? quoted.get(0)
        : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    return Optional.of("did you mean " + joined + "?");
  }

  /** The hint with the suggestion in front of it, if there is one. */
  public static String hint(String written, Collection<String> known, String hint) {
    return phrase(written, known).map(p -> p + " " + hint).orElse(hint);
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
