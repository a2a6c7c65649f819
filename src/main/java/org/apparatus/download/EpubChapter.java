package org.apparatus.download;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One XHTML document of the EPUB.
 *
 * @param file the document's file name inside the EPUB, e.g. {@code text-movahedian.xhtml}
 * @param sitePath the site page its content comes from: links to that page, or to ids now in this
 *     document, lead here
 * @param label its entry in the table of contents
 */
record EpubChapter(String file, String sitePath, String label, Document doc) {
  /** A heading of the chapter for the table of contents. */
  record Heading(int level, String id, String label) {}

  /** The {@code h2} and {@code h3} headings with an id, labelled without locators and note references. */
  List<Heading> headings() {
    List<Heading> headings = new ArrayList<>();
    for (Element h : doc.body().select("h2[id], h3[id]")) {
      Element label = h.clone();
      label.select(".loc, .noteref, .noteref-sep").remove();
      headings.add(new Heading(h.tagName().equals("h2") ? 2 : 3, h.id(), label.text().strip()));
    }
    return headings;
  }
}
