package org.apparatus.download;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apparatus.model.Edition;
import org.apparatus.model.Page;
import org.apparatus.model.Text;
import org.apparatus.plan.SitePlan;
import org.apparatus.plan.SitePlan.PlannedPage;
import org.apparatus.site.RenderedSite;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The EPUB of an edition, made from its rendered pages: the introductory pages, each text followed
 * by its notes, the remaining editorial pages, the glossary and the references, in the order of
 * the site's navigation. The fact-check index and the home page stay on the web; a title page
 * stands in for the latter.
 */
final class EpubBuilder {
  private final Edition edition;
  private final SitePlan plan;
  private final RenderedSite site;
  private final FixedTime time;
  private final String lang;

  EpubBuilder(Edition edition, SitePlan plan, RenderedSite site, FixedTime time) {
    this.edition = edition;
    this.plan = plan;
    this.site = site;
    this.time = time;
    this.lang = EpubPackage.language(edition.meta());
  }

  byte[] build() {
    List<EpubChapter> chapters = new ArrayList<>();
    chapters.add(TitlePage.of(edition.meta(), plan.page(SitePlan.HOME).path(), lang));
    edition.pages().stream().filter(p -> p.order() <= 1).forEach(p -> page(p, chapters));
    for (Text t : edition.texts()) {
      PlannedPage planned = plan.page(t.id());
      chapter(planned, "text-" + t.id() + ".xhtml", t.title(), chapters).ifPresent(text ->
          Endnotes.extract(text, "notes-" + t.id() + ".xhtml", "Notes to " + t.shortName(), lang)
              .ifPresent(chapters::add));
    }
    edition.pages().stream().filter(p -> p.order() > 1).forEach(p -> page(p, chapters));
    chapter(plan.page("glossary"), "glossary.xhtml", "Glossary", chapters);
    chapter(plan.page("references"), "references.xhtml", "References", chapters);
    EpubLinks.resolve(chapters, edition.meta().baseUrl());
    chapters.forEach(c -> dropDataAttributes(c.doc().body()));
    return EpubPackage.zip(edition.meta(), chapters, images(chapters), time);
  }

  /** The edition's images that the chapters show, by their path in the book. */
  private java.util.Map<String, byte[]> images(List<EpubChapter> chapters) {
    java.util.Map<String, byte[]> images = new java.util.TreeMap<>();
    for (EpubChapter c : chapters) {
      for (Element img : c.doc().select("img[src^=media/]")) {
        site.bytes(img.attr("src")).ifPresent(bytes -> images.put(img.attr("src"), bytes));
      }
    }
    return images;
  }

  private void page(Page p, List<EpubChapter> chapters) {
    chapter(plan.page(p.id()), "page-" + p.id() + ".xhtml", p.title(), chapters);
  }

  private Optional<EpubChapter> chapter(PlannedPage planned, String file, String label, List<EpubChapter> chapters) {
    var page = site.page(planned.path());
    if (page.isEmpty()) {
      return Optional.empty();
    }
    EpubChapter c = PageChapter.of(planned.path(), page.get(), file, label, lang);
    chapters.add(c);
    return Optional.of(c);
  }

  /** The site's scripts and styles key on data attributes; the book has no use for them. */
  private static void dropDataAttributes(Element root) {
    for (Element e : root.getAllElements()) {
      for (Attribute a : List.copyOf(e.attributes().asList())) {
        if (a.getKey().startsWith("data-")) {
          e.removeAttr(a.getKey());
        }
      }
    }
  }
}
