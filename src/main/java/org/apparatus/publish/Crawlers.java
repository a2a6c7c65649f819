package org.apparatus.publish;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.apparatus.plan.SitePlan;
import org.apparatus.site.RenderedSite;

/**
 * {@code robots.txt} (everything may be crawled) and, when the edition has a base URL,
 * {@code sitemap.xml} with the absolute address of every page. A sitemap needs absolute URLs,
 * so without a base URL there is none.
 */
final class Crawlers {
  static final String SITEMAP = "sitemap.xml";
  static final String ROBOTS = "robots.txt";

  private Crawlers() {}

  static void addTo(RenderedSite site, String baseUrl, String editionDate) {
    StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
    if (!baseUrl.isEmpty()) {
      site.put(SITEMAP, sitemap(pages(site.pagePaths()), baseUrl, editionDate).getBytes(StandardCharsets.UTF_8));
      robots.append("\nSitemap: ").append(baseUrl).append(SITEMAP).append('\n');
    }
    site.put(ROBOTS, robots.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Every HTML page but the 404 page, in path order. */
  static List<String> pages(Collection<String> paths) {
    return paths.stream().filter(p -> RenderedSite.isPage(p) && !p.equals(NotFoundPage.PATH)).sorted().toList();
  }

  private static String sitemap(List<String> pages, String baseUrl, String date) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String page : pages) {
      b.append("  <url><loc>").append(xml(SitePlan.publicUrl(baseUrl, page))).append("</loc>");
      if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
        b.append("<lastmod>").append(date).append("</lastmod>");
      }
      b.append("</url>\n");
    }
    return b.append("</urlset>\n").toString();
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
  }
}
