package org.apparatus.publish;

import org.apparatus.site.RenderedSite;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code 404.html}, which GitHub Pages serves for a missing path at any depth. It is the home page's
 * frame with its own content. With a base URL every link and asset is absolute, so the page works
 * wherever it is served; without one its links are relative to the site root (enough from disk).
 */
final class NotFoundPage {
  static final String PATH = "404.html";
  static final String SEARCH = "search/index.html";

  /**
   * Without a base URL the host may serve this page at any depth, where its relative links would miss. The script
   * finds the site root (the nearest folder above the address that holds this stylesheet), makes it the page's base
   * and loads the stylesheet and scripts again from there.
   */
  private static final String FIND_ROOT = """
      (function () {
        if (!/^https?:$/.test(location.protocol) || !window.fetch) return;
        var parts = location.pathname.split('/');
        var roots = [];
        for (var i = parts.length - 1; i >= 1; i--) roots.push(parts.slice(0, i).join('/') + '/');
        (function next(k) {
          if (k >= roots.length) return;
          fetch(roots[k] + 'assets/style.css', { method: 'HEAD' }).then(function (r) {
            if (!r.ok) return next(k + 1);
            if (roots[k] === location.pathname.replace(/[^/]*$/, '')) return;
            var base = document.createElement('base');
            base.href = roots[k];
            document.head.prepend(base);
            document.querySelectorAll('link[href]').forEach(function (l) {
              var again = l.cloneNode();
              again.href = new URL(l.getAttribute('href'), base.href).href;
              l.replaceWith(again);
            });
            document.querySelectorAll('script[src]').forEach(function (s) {
              var again = document.createElement('script');
              again.src = new URL(s.getAttribute('src'), base.href).href;
              s.replaceWith(again);
            });
          }, function () { next(k + 1); });
        })(0);
      })();""";

  private NotFoundPage() {}

  /** Derives the page from the rendered home page; nothing if there is none. */
  static void addTo(RenderedSite site, String baseUrl) {
    var home = site.page("index.html");
    if (home.isEmpty()) {
      return;
    }
    Document doc = home.get().clone();
    String edition = doc.title();
    doc.title("Page not found · " + edition);
    doc.select("link[rel=canonical], meta[name=description], script[type=application/ld+json], nav.pager").remove();
    doc.select("[aria-current]").removeAttr("aria-current");
    doc.body().attr("class", "page not-found");
    doc.head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
    Element main = doc.getElementById("main");
    if (main == null) {
      return;
    }
    main.empty();
    main.appendElement("h1").text("Page not found");
    main.appendElement("p").text("There is no page at this address in " + edition + ".");
    Element offers = main.appendElement("ul").addClass("not-found");
    offers.appendElement("li").appendElement("a").attr("href", "index.html").text("Home page");
    if (site.has(SEARCH)) {
      offers.appendElement("li").appendElement("a").attr("href", SEARCH).text("Search the edition");
    }
    Element nav = doc.selectFirst("header nav ul");
    if (nav != null) {
      main.appendElement("h2").text("Contents");
      main.appendChild(nav.clone().addClass("not-found-contents"));
    }
    main.appendElement("p").text("If you followed a link to a paragraph or a note from an earlier version of the edition, "
        + "its anchor may have moved: paragraph anchors follow the structure of the text, and a link to a note "
        + "names the note's id. Open the text and find the place by the locator shown beside each paragraph.");
    if (baseUrl.isEmpty()) {
      doc.head().prependElement("script").attr("data-find-root", "").appendChild(new DataNode(FIND_ROOT));
    } else {
      absolutise(doc, baseUrl);
    }
    site.putPage(PATH, doc);
  }

  /** Every relative link and asset made absolute under the base URL (the page sits at the site root). */
  private static void absolutise(Document doc, String baseUrl) {
    for (Element el : doc.select("[href], [src]")) {
      String attr = el.hasAttr("href") ? "href" : "src";
      String url = el.attr(attr);
      if (!url.isEmpty() && !url.startsWith("#") && !url.contains(":") && !url.startsWith("/")) {
        el.attr(attr, baseUrl + url);
      }
    }
  }
}
