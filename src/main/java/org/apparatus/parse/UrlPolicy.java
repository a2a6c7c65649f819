package org.apparatus.parse;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for every URL that reaches the site: {@code http}, {@code https}, {@code mailto} and
 * relative references pass; any other scheme is refused. Apply it to the final URL, after every rewrite.
 */
public final class UrlPolicy {
  private UrlPolicy() {}

  /** The URL if it may appear in the site, else empty. */
  public static Optional<String> allow(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String trimmed = url.strip();
    // Browsers ignore ASCII control characters and whitespace inside a scheme ("java\tscript:").
    String probe = trimmed.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
    int colon = probe.indexOf(':');
    int firstDelimiter = firstOf(probe, "/?#");
    if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon)) {
      return Optional.of(trimmed);
    }
    String scheme = probe.substring(0, colon);
    return switch (scheme) {
      case "http", "https", "mailto" -> Optional.of(trimmed);
      default -> Optional.empty();
    };
  }

  private static int firstOf(String s, String chars) {
    int best = -1;
    for (char c : chars.toCharArray()) {
      int i = s.indexOf(c);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }
}
