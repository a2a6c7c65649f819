package org.apparatus.download;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The navigation document: the table of contents, with each chapter's sections, and the landmarks. */
final class EpubNavigation {
  private EpubNavigation() {}

  static Document document(List<EpubChapter> chapters, String lang) {
    Document doc = Xhtml.shell("Contents", lang);
    Element toc = doc.body().appendElement("nav").attr("epub:type", "toc").attr("role", "doc-toc").id("toc");
    toc.appendElement("h1").text("Contents");
    Element list = toc.appendElement("ol");
    for (EpubChapter c : chapters) {
      Element item = list.appendElement("li");
      item.appendElement("a").attr("href", c.file()).text(c.label());
      sections(item, c);
    }
    Element landmarks = doc.body().appendElement("nav").attr("epub:type", "landmarks").id("landmarks").attr("hidden", "hidden");
    landmarks.appendElement("h2").text("Landmarks");
    Element marks = landmarks.appendElement("ol");
    marks.appendElement("li").appendElement("a").attr("epub:type", "toc").attr("href", EpubPackage.NAV + "#toc").text("Contents");
    chapters.stream().filter(c -> !c.file().equals(TitlePage.FILE)).findFirst().ifPresent(first ->
        marks.appendElement("li").appendElement("a").attr("epub:type", "bodymatter").attr("href", first.file()).text("Start of the edition"));
    return doc;
  }

  /** Level-2 headings under the chapter, level-3 headings under the level-2 heading before them. */
  private static void sections(Element item, EpubChapter c) {
    Element level2 = null;
    Element current2 = null;
    Element level3 = null;
    for (EpubChapter.Heading h : c.headings()) {
      if (h.label().isEmpty()) {
        continue;
      }
      if (h.level() == 2 || current2 == null) {
        if (level2 == null) {
          level2 = item.appendElement("ol");
        }
        current2 = link(level2.appendElement("li"), c, h);
        level3 = null;
      } else {
        if (level3 == null) {
          level3 = current2.appendElement("ol");
        }
        link(level3.appendElement("li"), c, h);
      }
    }
  }

  private static Element link(Element li, EpubChapter c, EpubChapter.Heading h) {
    li.appendElement("a").attr("href", c.file() + "#" + h.id()).text(h.label());
    return li;
  }
}
