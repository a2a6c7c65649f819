package org.apparatus.download;

import java.util.Locale;
import java.util.Map;
import org.apparatus.plan.SitePlan;
import org.apparatus.site.RenderedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the download links cannot know when pages are rendered. Templates mark the places:
 * {@code data-download-size="epub"} receives the EPUB's size once it is built, e.g. "(412 KB)", and an element
 * marked {@code data-download="zip"} is left out of the copy of the page inside the ZIP, which
 * cannot contain itself.
 */
final class DownloadLinks {
  static final String MARKER = "data-download";
  static final String SIZE = "[" + MARKER + "-size=epub]";
  static final String ZIP_ONLY = "[" + MARKER + "=zip]";
  static final String NOT_IN_PREVIEW = "not built in the preview; `apparatus build` makes it";

  private DownloadLinks() {}

  /** Writes the EPUB's size into every page that asks for it. */
  static void showEpubSize(RenderedSite site, long size) {
    String label = "(" + humanSize(size) + ")";
    for (String path : site.pagePaths()) {
      if (!site.page(path).orElseThrow().select(SIZE).isEmpty()) {
        site.edit(path).orElseThrow().select(SIZE).forEach(e -> e.text(label));
      }
    }
  }

  /**
   * In a preview, which builds neither copy: every link to one says so beside it and links nowhere,
   * so the page shows what the published site offers without a link that fails.
   */
  static void markLeftOut(RenderedSite site, DownloadPaths paths) {
    for (String path : site.pagePaths()) {
      String epub = SitePlan.relative(path, paths.epub());
      String zip = SitePlan.relative(path, paths.zip());
      if (site.page(path).orElseThrow().select("a[href]").stream().noneMatch(a -> isDownload(a, epub, zip))) {
        continue;
      }
      Document doc = site.edit(path).orElseThrow();
      doc.select(SIZE).forEach(e -> e.text("(" + NOT_IN_PREVIEW + ")"));
      for (Element a : doc.select("a[href]")) {
        if (isDownload(a, epub, zip)) {
          if (!a.attr("href").equals(epub)) {
            a.after(new Element("span").addClass("download-size").text("(" + NOT_IN_PREVIEW + ")"));
          }
          a.tagName("span").removeAttr("href").removeAttr("type");
        }
      }
    }
  }

  private static boolean isDownload(Element a, String epub, String zip) {
    String href = a.attr("href");
    return href.equals(epub) || href.equals(zip);
  }

  /** The site as it goes into the ZIP: the same files, with the links to the ZIP itself removed. */
  static Map<String, byte[]> forArchive(RenderedSite site) {
    Map<String, byte[]> files = site.files();
    for (String path : site.pagePaths()) {
      Document page = site.page(path).orElseThrow();
      if (!page.select(ZIP_ONLY).isEmpty()) {
        Document copy = page.clone();
        copy.select(ZIP_ONLY).remove();
        files.put(path, RenderedSite.serialise(copy));
      }
    }
    return files;
  }

  static String humanSize(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
