package org.apparatus.parse;

import java.util.Locale;
import java.util.Optional;
import org.jsoup.parser.Parser;

/**
 * The one rule for every URL that reaches the site: {@code http}, {@code https}, {@code mailto} and
 * relative references pass; any other scheme is refused. Apply it to the final URL, after every rewrite.
 */
public final class UrlPolicy {
  /** Longer URLs are refused: no real link needs one, and some tools choke on them. */
  static final int MAX_LENGTH = 8192;

  private UrlPolicy() {}

  /** The URL if it may appear in the site, else empty. */
  public static Optional<String> allow(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String trimmed = url.strip();
    if (trimmed.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    // The scheme is judged as a browser would read it, and as it would read it once more if the
    // value were ever written out without escaping: character references decoded, and the ASCII
    // whitespace and control characters that browsers drop ("java\tscript:") removed.
    String probe = browserView(browserView(trimmed));
    if (!schemeAllowed(probe)) {
      return Optional.empty();
    }
    return Optional.of(trimmed);
  }

  /** Why {@code url} is refused, for a diagnostic, or empty when it is allowed. */
  public static Optional<String> problem(String url) {
    if (allow(url).isPresent()) {
      return Optional.empty();
    }
    if (url != null && url.strip().length() > MAX_LENGTH) {
      return Optional.of("is longer than " + MAX_LENGTH + " characters");
    }
    return Optional.of("uses a scheme other than http, https or mailto");
  }

  private static String browserView(String s) {
    String decoded = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, true) : s;
    StringBuilder b = new StringBuilder(decoded.length());
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c > 0x20 && c != 0x7f) {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean schemeAllowed(String probe) {
    int colon = probe.indexOf(':');
    if (colon < 0) {
      return true;
    }
    String beforeColon = probe.substring(0, colon);
    // A '/', '?' or '#' (or a backslash, which browsers read as '/') before the first colon: a relative reference.
    if (beforeColon.chars().anyMatch(c -> c == '/' || c == '?' || c == '#' || c == '\\')) {
      return true;
    }
    return switch (beforeColon) {
      case "http", "https", "mailto" -> true;
      default -> false;
    };
  }
}
