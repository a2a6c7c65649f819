package org.apparatus.download;

import org.apparatus.model.EditionMeta;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The EPUB's first page: what the edition is, which version, who edited it, and on what terms. */
final class TitlePage {
  static final String FILE = "title.xhtml";

  private TitlePage() {}

  /** Links to the site's home page lead here. */
  static EpubChapter of(EditionMeta meta, String homePath, String lang) {
    Document doc = Xhtml.shell(meta.title(), lang);
    Element section = doc.body().appendElement("section").addClass("title-page").attr("epub:type", "titlepage");
    section.appendElement("h1").text(meta.title());
    if (!meta.subtitle().isEmpty()) {
      section.appendElement("p").addClass("subtitle").text(meta.subtitle());
    }
    section.appendElement("p").addClass("edition-meta")
        .text("Version " + meta.version() + (meta.date().isEmpty() ? "" : ", " + meta.date()));
    if (!meta.editors().isEmpty()) {
      section.appendElement("p").addClass("editors").text("Edited by " + String.join(", ", meta.editors()));
    }
    if (!meta.description().isEmpty()) {
      section.appendElement("p").addClass("lede").text(meta.description());
    }
    if (!meta.baseUrl().isEmpty()) {
      Element online = section.appendElement("p").addClass("online").text("Online edition: ");
      online.appendElement("a").attr("href", meta.baseUrl()).text(meta.baseUrl());
    }
    section.appendElement("p").addClass("rights")
        .text("The primary texts remain their authors' works, reproduced for scholarly commentary and criticism.");
    if (!meta.license().isEmpty()) {
      section.appendElement("p").addClass("license").text(meta.license());
    }
    return new EpubChapter(FILE, homePath, "Title page", doc);
  }
}
