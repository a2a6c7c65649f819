package org.apparatus.anchors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apparatus.model.Edition;
import org.apparatus.model.Text;
import org.apparatus.parallel.Parallel;
import org.apparatus.plan.SitePlan;
import org.apparatus.plan.SitePlan.PlannedPage;
import org.apparatus.site.RenderedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the published anchors in the rendered pages: the headings, paragraphs, list items, lines, stanzas,
 * notes and apparatus criticus entries of the texts, the section headings of the editorial pages, glossary
 * entries and reference entries. Pages are taken in the plan's order and anchors in document order, so the result is
 * stable; the pages are read side by side.
 */
public final class AnchorCollector {
  private static final String TEXT_ANCHORS =
      ".body .block[id], .body .stanza[id], .body .sn[id^=n-], .apparatus-criticus .app-entry[id^=v-]";
  private static final String PAGE_ANCHORS = "article.editorial h2[id], article.editorial h3[id]";
  private static final String TERM_ANCHORS = ".term-entry[id^=term-]";
  private static final String REFERENCE_ANCHORS = "ol.bibliography > li[id^=ref-]";

  private final RenderedSite site;
  private final Edition edition;

  private AnchorCollector(RenderedSite site, Edition edition) {
    this.site = site;
    this.edition = edition;
  }

  public static List<Anchor> collect(RenderedSite site, SitePlan plan, Edition edition) {
    return collect(site, plan, edition, RememberedAnchors.none());
  }

  /** The anchors of every page; a page unchanged since the build {@code remembered} saw gives the anchors it gave. */
  public static List<Anchor> collect(RenderedSite site, SitePlan plan, Edition edition, RememberedAnchors remembered) {
    AnchorCollector collector = new AnchorCollector(site, edition);
    List<Anchor> anchors = new ArrayList<>();
    Set<AnchorRef> seen = new HashSet<>();
    for (List<Anchor> ofPage : Parallel.map(plan.all(), page -> collector.anchorsOf(page, remembered))) {
      for (Anchor a : ofPage) {
        if (seen.add(a.ref())) {
          anchors.add(a);
        }
      }
    }
    return List.copyOf(anchors);
  }

  private List<Anchor> anchorsOf(PlannedPage page, RememberedAnchors remembered) {
    String author = page.kind() == PlannedPage.Kind.TEXT ? edition.text(page.id()).map(Text::shortName).orElse(page.title()) : "";
    Optional<byte[]> html = site.renderedBytes(page.path());
    if (html.isPresent()) {
      Optional<List<Anchor>> known = remembered.of(page, author, html.get());
      if (known.isPresent()) {
        return known.get();
      }
    }
    List<Anchor> anchors = anchorsOf(page, author);
    html.ifPresent(bytes -> remembered.found(page, author, bytes, anchors));
    return anchors;
  }

  private List<Anchor> anchorsOf(PlannedPage page, String author) {
    var found = site.page(page.path());
    if (found.isEmpty()) {
      return List.of();
    }
    Document doc = found.get();
    List<Anchor> out = new ArrayList<>();
    switch (page.kind()) {
      case TEXT -> {
        for (Element e : doc.select(TEXT_ANCHORS)) {
          out.add(e.hasClass("sn") ? note(page, e, author)
              : e.hasClass("stanza") ? anchor(page, e, AnchorKind.STANZA, author + " " + e.attr("data-locator"))
              : e.hasClass("app-entry") ? variant(page, e, author)
              : block(page, e, author));
        }
      }
      case PAGE -> {
        for (Element e : doc.select(PAGE_ANCHORS)) {
          out.add(anchor(page, e, AnchorKind.HEADING, page.title() + ": " + Fingerprint.text(e)));
        }
      }
      case GLOSSARY -> {
        for (Element e : doc.select(TERM_ANCHORS)) {
          Element dt = e.selectFirst("dt");
          String term = dt == null ? e.id() : dt.ownText().strip();
          out.add(anchor(page, e, AnchorKind.TERM, term));
        }
      }
      case REFERENCES -> {
        for (Element e : doc.select(REFERENCE_ANCHORS)) {
          out.add(anchor(page, e, AnchorKind.REFERENCE, e.id().substring("ref-".length())));
        }
      }
      default -> {
        // the home page, the fact-check index and the changes page only point at anchors elsewhere
      }
    }
    return out;
  }

  private static Anchor block(PlannedPage page, Element e, String author) {
    AnchorKind kind = e.hasClass("line") ? AnchorKind.LINE : switch (e.tagName()) {
      case "p" -> AnchorKind.PARAGRAPH;
      case "li" -> AnchorKind.LIST_ITEM;
      case "figure" -> e.hasClass("table-block") ? AnchorKind.TABLE : AnchorKind.FIGURE;
      case "span" -> AnchorKind.FOOTNOTE;
      default -> AnchorKind.HEADING;
    };
    Element loc = e.selectFirst("a.loc");
    String locator = loc == null ? e.id() : loc.text();
    return anchor(page, e, kind, author + " " + locator);
  }

  private static Anchor note(PlannedPage page, Element e, String author) {
    Element number = e.selectFirst(".nn");
    String locator = author + " " + (number == null ? e.id() : "note " + number.text());
    return anchor(page, e, AnchorKind.NOTE, locator);
  }

  /** An apparatus entry, named by its place and lemma: "Speaker, apparatus ¶4 little". */
  private static Anchor variant(PlannedPage page, Element e, String author) {
    Element loc = e.selectFirst(".app-loc");
    Element lemma = e.selectFirst(".app-lem");
    String locator = author + ", apparatus " + (loc == null ? "" : loc.text() + " ") + (lemma == null ? e.id() : lemma.text());
    return anchor(page, e, AnchorKind.VARIANT, locator);
  }

  private static Anchor anchor(PlannedPage page, Element e, AnchorKind kind, String locator) {
    boolean editorial = kind == AnchorKind.NOTE || kind == AnchorKind.VARIANT || kind == AnchorKind.TERM || page.kind() == PlannedPage.Kind.PAGE;
    Fingerprint.Texts texts = Fingerprint.texts(e, editorial);
    return new Anchor(new AnchorRef(page.path(), e.id()), kind, locator, Fingerprint.of(texts.identity()),
        Fingerprint.excerpt(texts.text()));
  }
}
