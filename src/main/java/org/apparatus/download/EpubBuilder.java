package org.apparatus.download;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apparatus.model.Edition;
import org.apparatus.model.Page;
import org.apparatus.model.Text;
import org.apparatus.parallel.Parallel;
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
    List<Planned> planned = new ArrayList<>();
    edition.pages().stream().filter(p -> p.order() <= 1).forEach(p -> planned.add(page(p)));
    for (Text t : edition.texts()) {
      planned.add(new Planned(plan.page(t.id()), "text-" + t.id() + ".xhtml", t.title(),
          Optional.of(new Planned.Notes("notes-" + t.id() + ".xhtml", "Notes to " + t.shortName()))));
    }
    edition.pages().stream().filter(p -> p.order() > 1).forEach(p -> planned.add(page(p)));
    planned.add(new Planned(plan.page("glossary"), "glossary.xhtml", "Glossary", Optional.empty()));
    planned.add(new Planned(plan.page("references"), "references.xhtml", "References", Optional.empty()));

    List<EpubChapter> chapters = new ArrayList<>();
    chapters.add(TitlePage.of(edition.meta(), plan.page(SitePlan.HOME).path(), lang));
    Parallel.map(planned, this::chapters).forEach(chapters::addAll);
    EpubLinks.resolve(chapters, edition.meta().baseUrl());
    Parallel.forEach(chapters, c -> dropDataAttributes(c.doc().body()));
    return EpubPackage.zip(edition.meta(), chapters, images(chapters), time);
  }

  /** A chapter to make from a site page, and for a text, the chapter of its notes that follows it. */
  private record Planned(PlannedPage page, String file, String label, Optional<Notes> notes) {
    record Notes(String file, String label) {}
  }

  private Planned page(Page p) {
    return new Planned(plan.page(p.id()), "page-" + p.id() + ".xhtml", p.title(), Optional.empty());
  }

  /** The chapters made from one site page: none if the site has no such page. */
  private List<EpubChapter> chapters(Planned planned) {
    var page = site.page(planned.page().path());
    if (page.isEmpty()) {
      return List.of();
    }
    EpubChapter c = PageChapter.of(planned.page().path(), page.get(), planned.file(), planned.label(), lang);
    List<EpubChapter> made = new ArrayList<>(List.of(c));
    planned.notes().flatMap(n -> Endnotes.extract(c, n.file(), n.label(), lang)).ifPresent(made::add);
    return made;
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
