package org.apparatus.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every page of the site and its output path. Links between pages are always relative and name
 * {@code index.html} explicitly, so the site works from disk, from a server and under any path.
 */
public final class SitePlan {
  public static final String HOME = "home";
  private final Map<String, PlannedPage> pages;

  SitePlan(Map<String, PlannedPage> pages) {
    this.pages = Map.copyOf(pages);
  }

  /** A page of the site: what it shows and where it is written. */
  public record PlannedPage(Kind kind, String id, String path, String title) {
    public enum Kind {
      HOME,
      TEXT,
      PAGE,
      GLOSSARY,
      REFERENCES,
      FACT_CHECKS,
      SEARCH,
      CHANGES
    }

    /** The path from this page back to the site root, e.g. {@code ../}. */
    public String root() {
      return "../".repeat((int) path.chars().filter(c -> c == '/').count());
    }
  }

  public PlannedPage page(String owner) {
    PlannedPage p = pages.get(owner);
    if (p == null) {
      throw new IllegalArgumentException("no page planned for " + owner);
    }
    return p;
  }

  public boolean has(String owner) {
    return pages.containsKey(owner);
  }

  public List<PlannedPage> all() {
    return pages.values().stream().sorted(java.util.Comparator.comparing(PlannedPage::path)).toList();
  }

  /** A relative link from the page at {@code fromPath} to a fragment of the page {@code owner}. */
  public String href(String fromPath, String owner, String fragment) {
    String target = page(owner).path();
    String link = relative(fromPath, target);
    return fragment == null || fragment.isEmpty() ? link : link + "#" + fragment;
  }

  /** A page's address under the base URL, in directory form: {@code …/movahedian/} for {@code movahedian/index.html}. */
  public static String publicUrl(String baseUrl, String path) {
    return baseUrl + path.replaceFirst("index\\.html$", "");
  }

  /** A relative path from one output file to another (both relative to the site root). */
  public static String relative(String fromPath, String toPath) {
    if (fromPath.equals(toPath)) {
      return toPath.substring(toPath.lastIndexOf('/') + 1);
    }
    int depth = (int) fromPath.chars().filter(c -> c == '/').count();
    return "../".repeat(depth) + toPath;
  }

  static Map<String, PlannedPage> newMap() {
    return new LinkedHashMap<>();
  }
}
