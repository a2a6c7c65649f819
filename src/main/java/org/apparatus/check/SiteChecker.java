package org.apparatus.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.export.TextFragment;
import org.apparatus.site.RenderedSite;
import org.apparatus.site.StageContext;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks the site as it will be written: every internal link and fragment resolves, ids are
 * unique per page, and no page loads anything from another host. It reads the pages of the site in
 * memory and keeps only each page's ids and, for pages that text fragments point at, their words.
 * A problem is reported where the element came from (see {@link ElementOrigins}).
 */
public final class SiteChecker {
  /**
   * Which checks run. After earlier errors only the assets from other hosts are checked: pages may be
   * missing then, and a duplicate id in the content was already reported, so the other checks would only
   * repeat those errors.
   */
  public enum Scope {
    ALL,
    EXTERNAL_ASSETS
  }

  private final Diagnostics diagnostics;
  private final String baseUrl;
  private final ElementOrigins origins;
  private final Map<String, String> pageWords = new HashMap<>();

  public SiteChecker(Diagnostics diagnostics) {
    this(diagnostics, "");
  }

  /** {@code baseUrl}: absolute links under it (as in the 404 page) are checked like relative ones. */
  public SiteChecker(Diagnostics diagnostics, String baseUrl) {
    this(diagnostics, baseUrl, ElementOrigins.SITE_FILE);
  }

  public SiteChecker(Diagnostics diagnostics, String baseUrl, ElementOrigins origins) {
    this.diagnostics = diagnostics;
    this.baseUrl = baseUrl;
    this.origins = origins;
  }

  /** A checker that reports problems at the content or template that produced them. */
  public static SiteChecker of(StageContext context) {
    return new SiteChecker(context.diagnostics(), context.resolved().edition().meta().baseUrl(), new ContentOrigins(context));
  }

  public void check(Map<String, byte[]> files) {
    check(RenderedSite.of(files), Scope.ALL);
  }

  public void check(RenderedSite site, Scope scope) {
    Map<String, Set<String>> ids = new HashMap<>();
    for (String page : site.pagePaths()) {
      Set<String> seen = new HashSet<>();
      for (Element el : site.page(page).orElseThrow().select("[id]")) {
        if (!seen.add(el.id()) && scope == Scope.ALL) {
          diagnostics.error(Code.DUPLICATE_HTML_ID, origins.of(page, el, el.id()),
              "id `" + el.id() + "` appears more than once on the page `" + page + "`", "give the elements distinct ids");
        }
      }
      ids.put(page, seen);
    }
    for (String page : site.pagePaths()) {
      for (Element el : site.page(page).orElseThrow().select("a[href], link[href], script[src], img[src]")) {
        String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
        boolean asset = !el.tagName().equals("a");
        boolean underBase = !baseUrl.isEmpty() && url.startsWith(baseUrl);
        if (!underBase && (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("//"))) {
          if (asset && !el.attr("rel").equals("canonical")) {
            diagnostics.error(Code.EXTERNAL_ASSET, origins.of(page, el, url), "page `" + page + "` loads `" + url + "` from another host",
                "ship the asset in templates/assets/ so the site works offline");
          }
          continue;
        }
        if (scope != Scope.ALL || url.startsWith("mailto:") || url.isEmpty()) {
          continue;
        }
        String path = url;
        String fragment = "";
        int hash = url.indexOf('#');
        if (hash >= 0) {
          path = url.substring(0, hash);
          fragment = url.substring(hash + 1);
        }
        String target = underBase ? siteRootPath(path.substring(baseUrl.length())) : path.isEmpty() ? page : resolve(page, path);
        if (!site.has(target)) {
          diagnostics.error(Code.BROKEN_LINK, origins.of(page, el, url), "link on `" + page + "` to missing file `" + url + "`",
              "check the link as written, or the template or cross-reference that produced it");
          continue;
        }
        String id = TextFragment.elementId(fragment);
        if (!id.isEmpty() && RenderedSite.isPage(target) && !ids.getOrDefault(target, Set.of()).contains(id)) {
          diagnostics.error(Code.BROKEN_LINK, origins.of(page, el, url), "link on `" + page + "` to missing anchor `" + url + "`",
              "the target page has no element with id `" + id + "`");
        }
        TextFragment.parse(fragment).filter(t -> site.page(target).filter(doc -> !onPage(t, target, doc)).isPresent())
            .ifPresent(t -> diagnostics.error(Code.BROKEN_LINK, origins.of(page, el, url),
                "link on `" + page + "` to words that are not on the page `" + url + "`",
                "the text fragment must quote words of the target page"));
      }
    }
  }

  /** Whether the directive's words occur on the page (case and spacing aside, as browsers match them). */
  private boolean onPage(TextFragment t, String path, Document doc) {
    String words = pageWords.computeIfAbsent(path, p -> normalise(doc.body().text()));
    String start = normalise(t.prefix().isEmpty() ? t.start() : t.prefix() + " " + t.start());
    int at = words.indexOf(start);
    return at >= 0 && (t.end().isEmpty() || words.indexOf(normalise(t.end()), at + start.length()) >= 0);
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** A path below the base URL, e.g. {@code movahedian/} → {@code movahedian/index.html}. */
  private static String siteRootPath(String below) {
    return below.isEmpty() || below.endsWith("/") ? below + "index.html" : below;
  }

  static String resolve(String fromPage, String relative) {
    String base = fromPage.contains("/") ? fromPage.substring(0, fromPage.lastIndexOf('/') + 1) : "";
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (String s : (base + relative).split("/")) {
      if (s.equals("..")) {
        if (!parts.isEmpty()) {
          parts.removeLast();
        }
      } else if (!s.equals(".") && !s.isEmpty()) {
        parts.addLast(s);
      }
    }
    String joined = String.join("/", parts);
    return relative.endsWith("/") ? joined + "/index.html" : joined;
  }
}
