package org.apparatus.download;

import java.util.ArrayList;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a rendered page of the site into an EPUB chapter: the page's main content without the
 * site's frame, script, contents box and toggles, which an e-reader neither needs nor allows.
 */
final class PageChapter {
  private PageChapter() {}

  /** {@code page} stays as it is: the chapter is made from a copy of its main content. */
  static EpubChapter of(String sitePath, Document page, String file, String label, String lang) {
    Element main = page.selectFirst("main");
    main = (main == null ? page.body() : main).clone();
    // The contents box repeats the EPUB's navigation; toggles and tooltips need a browser; "Cite this text"
    // speaks of buttons and site URLs, which an e-book does not have; the witness view is a script.
    main.select("nav.toc, script, input.nt, span.tip, a.skip, .cite-page, .cite-jump, .witness-view").remove();
    main.select("[aria-describedby]").removeAttr("aria-describedby");
    for (Element loc : main.select("a.loc")) {
      // a locator links to itself on the web; in the book it is only the citable label
      loc.tagName("span").removeAttr("href").removeAttr("aria-label");
    }
    for (Element img : main.select("img")) {
      String published = publishedPath(sitePath, img.attr("src"));
      if (published.startsWith("media/")) {
        // the edition's own images ship inside the book, at the same path under its content folder
        img.attr("src", published);
        continue;
      }
      String alt = img.attr("alt").strip();
      if (alt.isEmpty()) {
        img.remove();
      } else {
        img.replaceWith(new Element("span").addClass("img-alt").text("[" + alt + "]"));
      }
    }
    EpubLinks.markSiteLinks(main, sitePath);
    Document doc = Xhtml.shell(titleOf(page, label), lang);
    doc.body().appendChildren(new ArrayList<>(main.childNodes()));
    return new EpubChapter(file, sitePath, label, doc);
  }

  /** The site-root path an image address on the page at {@code sitePath} points at. */
  private static String publishedPath(String sitePath, String src) {
    try {
      String path = java.net.URI.create("site:/" + sitePath).resolve(src).getPath();
      return path == null ? "" : path.substring(1);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String titleOf(Document page, String fallback) {
    Element h1 = page.selectFirst("main h1");
    return h1 == null || h1.text().isBlank() ? fallback : h1.text();
  }
}
