package org.apparatus.download;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Links inside the EPUB. While chapters are assembled, every internal link names its target in
 * site terms (page path and fragment); once all chapters exist, each target is looked up in the
 * chapter that now holds that id. Links to pages the EPUB leaves out become absolute URLs when the
 * edition has a base URL, and plain text otherwise. External links stay as they are.
 */
final class EpubLinks {
  private static final String TARGET = "data-site-target";
  private static final URI SITE = URI.create("https://site.invalid/");

  private EpubLinks() {}

  /** Points {@code a} at {@code fragment} (may be empty) of the site page {@code sitePath}. */
  static Element target(Element a, String sitePath, String fragment) {
    return a.removeAttr("href").attr(TARGET, sitePath + "#" + fragment);
  }

  /** Replaces the relative links under {@code root}, written for the page at {@code pagePath}, by site targets. */
  static void markSiteLinks(Element root, String pagePath) {
    for (Element a : root.select("a[href]")) {
      String href = a.attr("href").strip();
      if (href.startsWith("//")) {
        a.attr("href", "https:" + href);
        continue;
      }
      try {
        URI uri = new URI(href);
        if (uri.getScheme() != null) {
          continue;
        }
        URI resolved = SITE.resolve(pagePath).resolve(uri);
        String path = resolved.getPath().substring(1);
        if (path.isEmpty() || path.endsWith("/")) {
          path += "index.html";
        }
        target(a, path, resolved.getFragment() == null ? "" : resolved.getFragment());
      } catch (URISyntaxException | IllegalArgumentException e) {
        a.unwrap();
      }
    }
  }

  /** Turns every site target into a link between EPUB documents, an absolute URL or plain text. */
  static void resolve(List<EpubChapter> chapters, String baseUrl) {
    Map<String, String> fileOfPage = new HashMap<>();
    Map<String, String> fileOfId = new HashMap<>();
    for (EpubChapter c : chapters) {
      fileOfPage.putIfAbsent(c.sitePath(), c.file());
      c.doc().body().select("[id]").forEach(e -> fileOfId.put(c.sitePath() + "#" + e.id(), c.file()));
    }
    for (EpubChapter c : chapters) {
      for (Element a : c.doc().select("[" + TARGET + "]")) {
        String target = a.attr(TARGET);
        a.removeAttr(TARGET);
        int hash = target.indexOf('#');
        String path = target.substring(0, hash);
        String fragment = target.substring(hash + 1);
        String file = fragment.isEmpty() ? fileOfPage.get(path) : fileOfId.get(target);
        if (file != null) {
          a.attr("href", (file.equals(c.file()) && !fragment.isEmpty() ? "" : file) + (fragment.isEmpty() ? "" : "#" + fragment));
        } else if (fileOfPage.containsKey(path)) {
          a.attr("href", fileOfPage.get(path));
        } else if (!baseUrl.isEmpty()) {
          a.attr("href", baseUrl + path.replaceFirst("(^|/)index\\.html$", "$1") + (fragment.isEmpty() ? "" : "#" + fragment));
        } else {
          a.unwrap();
        }
      }
    }
  }
}
