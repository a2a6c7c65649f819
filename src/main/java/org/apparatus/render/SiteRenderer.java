package org.apparatus.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apparatus.cite.Citable;
import org.apparatus.cite.CitationTemplates;
import org.apparatus.cite.CiteData;
import org.apparatus.cite.CiteFormat;
import org.apparatus.cite.EmbeddedMetadata;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.download.DownloadPaths;
import org.apparatus.export.ClaimReviews;
import org.apparatus.export.JsonWriter;
import org.apparatus.export.QuoteFragments;
import org.apparatus.export.SiteUrls;
import org.apparatus.model.BibEntry;
import org.apparatus.model.Edition;
import org.apparatus.model.EditionMeta;
import org.apparatus.model.Note;
import org.apparatus.model.NoteKind;
import org.apparatus.model.Page;
import org.apparatus.model.Term;
import org.apparatus.model.Text;
import org.apparatus.model.Verdict;
import org.apparatus.plan.ExportPaths;
import org.apparatus.parallel.Parallel;
import org.apparatus.plan.SitePlan;
import org.apparatus.plan.SitePlan.PlannedPage;
import org.apparatus.resolve.NotePlacement;
import org.apparatus.resolve.Origin;
import org.apparatus.resolve.ResolvedEdition;
import org.apparatus.resolve.TermHit;
import org.apparatus.cache.BuildCache;
import org.jsoup.nodes.Element;

/** Renders every planned page through its template; returns the output files by path. */
public final class SiteRenderer implements PageRenderer {
  private final ResolvedEdition resolved;
  private final Edition edition;
  private final SitePlan plan;
  private final Templates templates;
  private final Diagnostics diagnostics;
  private final MarkdownRenderer markdown;
  private final TextRenderer texts;
  private final CitationFormatter citations;
  private final ApparatusViews apparatus;
  private final CitationTemplates citeTemplates;
  private final Previews previews;
  private final Navigation navigation;
  private final Map<String, Integer> noteCounts = new HashMap<>();
  private final ClaimReviews claimReviews;

  public SiteRenderer(ResolvedEdition resolved, SitePlan plan, Templates templates, Diagnostics diagnostics) {
    this(resolved, plan, templates, diagnostics, BuildCache.none());
  }

  /** A renderer that takes formatted citations from {@code cache} where it has them. */
  public SiteRenderer(ResolvedEdition resolved, SitePlan plan, Templates templates, Diagnostics diagnostics, BuildCache cache) {
    this.resolved = resolved;
    this.edition = resolved.edition();
    this.plan = plan;
    this.templates = templates;
    this.diagnostics = diagnostics;
    this.citeTemplates = new CitationTemplates(edition.meta(), edition.texts(), edition.pages(), cache).prepareInBackground();
    this.citations = formatter(cache);
    Map<String, String> tips = new HashMap<>();
    this.previews = new Previews(resolved, citations.bibliography(), tips);
    this.markdown = new MarkdownRenderer(resolved, plan, citations, previews, diagnostics);
    this.apparatus = new ApparatusViews(resolved, plan, markdown);
    previews.useRenderer(markdown);
    for (Term t : edition.terms()) {
      String text = markdown.render(t.definition(), "glossary/index.html").text();
      tips.put(t.id(), text.length() > 320 ? text.substring(0, 317).strip() + "…" : text);
    }
    this.texts = new TextRenderer(resolved, plan, markdown, previews);
    this.navigation = new Navigation(edition, plan);
    resolved.notePlacements().values().forEach(p -> noteCounts.merge(p.textId(), 1, Integer::sum));
    this.claimReviews = new ClaimReviews(resolved, plan);
  }

  private CitationFormatter formatter(BuildCache cache) {
    EditionMeta meta = edition.meta();
    try {
      return new CitationFormatter(edition.references(), meta.cslStyle(),
          org.apparatus.cite.CslCatalog.localeFor(meta.language()).orElse("en-US"), cache);
    } catch (IOException | RuntimeException e) {
      diagnostics.error(Code.CITATION_STYLE, SourcePos.fileStart("content/edition.yaml"),
          "cannot load citation style `" + meta.cslStyle() + "`: " + e.getMessage(),
          "use a style id from the CSL repository, e.g. chicago-author-date, apa, modern-language-association");
      try {
        return new CitationFormatter(edition.references(), "chicago-author-date", "en-US", cache);
      } catch (IOException ex) {
        throw new IllegalStateException("the bundled Chicago style cannot be loaded", ex);
      }
    }
  }

  /** One page to write: its template and the view records it is given. */
  private record PageView(PlannedPage page, String template, Map<String, Object> model) {}

  /**
   * Every page's HTML. The views are made one page after another, in the plan's order, since a citation's form
   * depends on the citations before it; the templates, which only read the views, then run side by side.
   */
  public Map<String, byte[]> render() {
    List<PageView> views = new ArrayList<>();
    for (PlannedPage page : plan.all()) {
      if (page.kind() == PlannedPage.Kind.CHANGES) {
        continue; // rendered by the anchors stage, once it knows what changed
      }
      Map<String, Object> model = new HashMap<>();
      String template = switch (page.kind()) {
        case HOME -> {
          model.put("home", home(page));
          yield "home.ftlh";
        }
        case TEXT -> {
          model.put("text", textPage(edition.text(page.id()).orElseThrow()));
          yield "text.ftlh";
        }
        case PAGE -> {
          model.put("page", contentPage(page));
          model.put("cite", citeBox(Citable.Kind.PAGE, page.id(), page.path()));
          yield "page.ftlh";
        }
        case GLOSSARY -> {
          model.put("terms", glossary(page));
          model.put("cite", citeBox(Citable.Kind.TERM, "glossary", page.path()));
          yield "glossary.ftlh";
        }
        case REFERENCES -> {
          model.put("references", references(page));
          yield "references.ftlh";
        }
        case FACT_CHECKS -> {
          model.put("index", factChecks(page));
          yield "fact-checks.ftlh";
        }
        case SEARCH -> "search.ftlh";
        case CHANGES -> throw new IllegalStateException("the changes page is rendered after the anchor check");
      };
      model.put("chrome", chrome(page));
      views.add(new PageView(page, template, model));
    }
    List<Optional<String>> html = Parallel.map(views, v -> templates.render(v.template(), v.model()));
    Map<String, byte[]> out = new TreeMap<>();
    for (int i = 0; i < views.size(); i++) {
      String path = views.get(i).page().path();
      html.get(i).ifPresent(h -> out.put(path, h.getBytes(StandardCharsets.UTF_8)));
    }
    out.put(Previews.PATH, previews.script().getBytes(StandardCharsets.UTF_8));
    return out;
  }

  @Override
  public Optional<String> render(PlannedPage page, String template, Map<String, Object> model) {
    Map<String, Object> withChrome = new HashMap<>(model);
    withChrome.put("chrome", chrome(page));
    return templates.render(template, withChrome);
  }

  private Views.Chrome chrome(PlannedPage page) {
    EditionMeta meta = edition.meta();
    String canonical = meta.baseUrl().isEmpty() ? "" : SitePlan.publicUrl(meta.baseUrl(), page.path());
    DownloadPaths downloads = DownloadPaths.of(meta);
    return new Views.Chrome(meta.title(), meta.subtitle(), meta.version(), meta.date(), meta.editors(),
        page.kind() == PlannedPage.Kind.HOME ? meta.title() : page.title(), page.root(), canonical, meta.description(),
        navigation.header(page), page.path(), navigation.previous(page), navigation.next(page),
        SitePlan.relative(page.path(), downloads.zip()), SitePlan.relative(page.path(), downloads.epub()),
        previews.usedBy(page.path()) ? SitePlan.relative(page.path(), Previews.PATH) : "", meta.rights(), !meta.license().isBlank(),
        meta.language().isEmpty() ? "en" : meta.language());
  }

  private Views.Home home(PlannedPage page) {
    List<Views.TextCard> cards = edition.texts().stream().map(t -> new Views.TextCard(t.title(), t.author(), t.date(),
        t.publication(), plan.href(page.path(), t.id(), ""), t.blocks().size(),
        noteCounts.getOrDefault(t.id(), 0))).toList();
    List<Views.Link> pages = edition.pages().stream().map(p -> new Views.Link(plan.href(page.path(), p.id(), ""), p.title())).toList();
    int factChecks = (int) edition.notes().stream().filter(n -> n.kind() == NoteKind.FACT_CHECK).count();
    return new Views.Home(cards, pages, edition.meta().description(), edition.notes().size(), factChecks,
        edition.terms().size(), edition.references().size(), edition.meta().license());
  }

  private Views.TextPage textPage(Text text) {
    String path = plan.page(text.id()).path();
    int noteCount = noteCounts.getOrDefault(text.id(), 0);
    return new Views.TextPage(text.id(), text.title(), text.author(), text.byline(), escapeText(text.authorNote()),
        text.publication(), text.date(), text.url(), text.rights(), text.dateline(), text.tags(), text.language(),
        text.direction(), texts.blocks(text),
        texts.toc(text), noteCount, claimReviews(text, path),
        EmbeddedMetadata.forText(edition.meta(), text, pageUrl(path)), citeBox(null, text.id(), path),
        apparatus.witnesses(text, path), apparatus.entries(text, path),

        SitePlan.relative(path, ExportPaths.tei(text.id())));
  }

  /** The edition's date as the static citations' access date; a malformed date is reported by the parser. */
  private java.time.LocalDate editionDate() {
    try {
      return java.time.LocalDate.parse(edition.meta().date());
    } catch (java.time.format.DateTimeParseException e) {
      return java.time.LocalDate.of(1970, 1, 1);
    }
  }

  /** The page's absolute URL under the base URL, else its file name (relative to itself). */
  private String pageUrl(String path) {
    String base = edition.meta().baseUrl();
    return base.isEmpty() ? path.substring(path.lastIndexOf('/') + 1) : SitePlan.publicUrl(base, path);
  }

  /** Static citations of the whole page plus the templates for its anchors; {@code only} limits the kinds. */
  private Views.CiteBox citeBox(Citable.Kind only, String work, String path) {
    Map<Citable.Kind, Map<CiteFormat, String>> kinds = new java.util.LinkedHashMap<>();
    if (only == null) {
      kinds.put(Citable.Kind.BLOCK, citeTemplates.templates(Citable.Kind.BLOCK, work));
      kinds.put(Citable.Kind.NOTE, citeTemplates.templates(Citable.Kind.NOTE, work));
    } else {
      kinds.put(only, citeTemplates.templates(only, work));
    }
    Map<CiteFormat, String> pageLevel = kinds.values().iterator().next();
    java.time.LocalDate date = editionDate();
    String base = edition.meta().baseUrl();
    String url = base.isEmpty() ? path : SitePlan.publicUrl(base, path);
    List<Views.Citation> shown = CiteData.proseFormats().stream()
        .map(f -> new Views.Citation(f.key(), f.label(), CiteData.pageReference(pageLevel, f, url, date))).toList();
    return new Views.CiteBox(shown, CiteData.json(base, path, work, kinds));
  }

  private static String escapeText(String s) {
    return org.jsoup.nodes.Entities.escape(s);
  }

  private Views.ContentPage contentPage(PlannedPage planned) {
    Page page = edition.pages().stream().filter(p -> p.id().equals(planned.id())).findFirst().orElseThrow();
    Element body = markdown.render(page.body(), planned.path());
    List<Views.Toc> toc = new ArrayList<>();
    for (Element h : body.select("h2, h3")) {
      if (h.id().isEmpty()) {
        h.id(org.apparatus.parse.Slug.of(h.text()).isEmpty() ? "section" : org.apparatus.parse.Slug.of(h.text()));
      }
      toc.add(new Views.Toc(h.id(), h.text(), h.tagName().equals("h2") ? 2 : 3));
    }
    return new Views.ContentPage(page.id(), page.title(), body.html(), toc);
  }

  private List<Views.Term> glossary(PlannedPage page) {
    List<Views.Term> views = new ArrayList<>();
    for (Term t : edition.terms()) {
      List<Views.Link> occurrences = new ArrayList<>();
      for (TermHit h : resolved.termOccurrences().getOrDefault(t.id(), List.of())) {
        String author = edition.text(h.textId()).map(Text::shortName).orElse(h.textId());
        occurrences.add(new Views.Link(plan.href(page.path(), h.textId(), h.anchor()), author + " " + h.locator()));
      }
      views.add(new Views.Term(t.id(), t.term(), t.aliases(), markdown.render(t.definition(), page.path()).html(),
          occurrences, origins(page, resolved.backlinksOf("term:" + t.id()).stream().map(b -> b.from()).toList())));
    }
    return views;
  }

  private List<Views.Link> origins(PlannedPage page, List<Origin> origins) {
    return origins.stream().filter(o -> plan.has(o.owner())).map(o -> new Views.Link(plan.href(page.path(), o.owner(), o.fragment()), originLabel(o))).toList();
  }

  private String originLabel(Origin o) {
    return switch (o.kind()) {
      case NOTE -> {
        NotePlacement p = resolved.notePlacements().get(o.id());
        String author = edition.note(o.id())
            .flatMap(n -> edition.text(n.textId())).map(Text::shortName).orElse("");
        yield p == null ? o.id() : author + ", note " + p.number();
      }
      case TERM -> "Glossary: " + o.label();
      case PAGE -> o.label();
      case VARIANT -> edition.text(o.owner()).map(t -> t.shortName() + ", ").orElse("") + o.label();
    };
  }

  private List<Views.Reference> references(PlannedPage page) {
    List<Views.Reference> views = new ArrayList<>();
    Map<String, BibEntry> byKey = new HashMap<>();
    edition.references().forEach(r -> byKey.put(r.key(), r));
    for (Map.Entry<String, String> e : citations.bibliography().entrySet()) {
      BibEntry entry = byKey.get(e.getKey());
      String url = entry == null || entry.item().getURL() == null ? "" : entry.item().getURL();
      views.add(new Views.Reference(e.getKey(), e.getValue(), url,
          origins(page, resolved.citedBy().getOrDefault(e.getKey(), List.of()))));
    }
    return views;
  }

  private Views.FactCheckIndex factChecks(PlannedPage page) {
    QuoteFragments quotes = new QuoteFragments(resolved);
    List<Views.VerdictGroup> groups = new ArrayList<>();
    int total = 0;
    for (Verdict v : Verdict.values()) {
      List<Views.FactCheck> checks = new ArrayList<>();
      for (Note n : edition.notes()) {
        NotePlacement p = resolved.notePlacements().get(n.id());
        if (n.verdict().orElse(null) != v || p == null) {
          continue;
        }
        Text text = edition.text(n.textId()).orElseThrow();
        String locator = text.blocks().stream().filter(b -> b.anchor().equals(p.anchor())).findFirst().map(b -> b.locator()).orElse("");
        checks.add(new Views.FactCheck(n.id(), text.title(), p.number(), n.claim(), v.key(), v.label(),
            new Views.Link(plan.href(page.path(), text.id(), "n-" + n.id()), text.shortName() + " " + locator + ", note " + p.number()),
            n.checked(), plan.href(page.path(), text.id(), quotes.fragment(p))));
      }
      checks.sort(java.util.Comparator.comparing(Views.FactCheck::textTitle).thenComparingInt(Views.FactCheck::number));
      total += checks.size();
      groups.add(new Views.VerdictGroup(v.key(), v.label(), checks.size(), checks));
    }
    return new Views.FactCheckIndex(groups, total, VerdictChart.svg(groups));
  }

  /** schema.org ClaimReview for the text's fact-checks, addressed from its own page. */
  private String claimReviews(Text text, String path) {
    Map<String, Object> doc = claimReviews.document(text.id(), new SiteUrls(edition.meta().baseUrl(), path));
    return doc.isEmpty() ? "" : JsonWriter.compact(doc);
  }
}
