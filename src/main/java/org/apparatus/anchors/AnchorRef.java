package org.apparatus.anchors;

import java.util.Optional;

/**
 * Where an anchor lives in the site: a page path relative to the site root and a fragment, written
 * {@code movahedian/index.html#s5-3-p2}.
 */
public record AnchorRef(String page, String fragment) implements Comparable<AnchorRef> {
  public AnchorRef {
    if (page.isEmpty() || fragment.isEmpty()) {
      throw new IllegalArgumentException("page and fragment are required");
    }
  }

  /** Reads {@code page#fragment}; the page must be an {@code .html} path without {@code ..}. */
  public static Optional<AnchorRef> parse(String s) {
    int hash = s.indexOf('#');
    if (hash <= 0 || hash == s.length() - 1 || s.indexOf('#', hash + 1) >= 0) {
      return Optional.empty();
    }
    String page = s.substring(0, hash);
    if (!page.endsWith(".html") || page.startsWith("/") || page.contains("..") || page.contains("\\")) {
      return Optional.empty();
    }
    return Optional.of(new AnchorRef(page, s.substring(hash + 1)));
  }

  @Override
  public int compareTo(AnchorRef o) {
    int byPage = page.compareTo(o.page);
    return byPage != 0 ? byPage : fragment.compareTo(o.fragment);
  }

  @Override
  public String toString() {
    return page + "#" + fragment;
  }
}
