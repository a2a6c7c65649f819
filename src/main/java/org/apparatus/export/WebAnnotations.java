package org.apparatus.export;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apparatus.model.Block;
import org.apparatus.model.EditionMeta;
import org.apparatus.model.Note;
import org.apparatus.model.NoteKind;
import org.apparatus.parallel.Parallel;
import org.apparatus.plan.SitePlan;
import org.apparatus.resolve.NotePlacement;
import org.apparatus.resolve.ResolvedEdition;
import org.apparatus.site.RenderedSite;
import org.jsoup.nodes.Element;

/**
 * Every note of the edition as a W3C Web Annotation, collected in one AnnotationCollection.
 * Each targets its text page with a TextQuoteSelector (the quoted words as they stand in the
 * paragraph) and a FragmentSelector (the paragraph's anchor); its body is the note as rendered.
 */
public final class WebAnnotations {
  public static final String PATH = "exports/annotations.jsonld";
  static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
  static final String RFC3986 = "http://tools.ietf.org/rfc/rfc3986";
  /** About this many characters of context on either side of the quote, as annotation tools use. */
  static final int CONTEXT_CHARS = 32;

  private final ResolvedEdition resolved;
  private final SitePlan plan;
  private final RenderedSite site;
  private final SiteUrls urls;
  private final QuoteFragments quotes;

  public WebAnnotations(ResolvedEdition resolved, SitePlan plan, RenderedSite site) {
    this.resolved = resolved;
    this.plan = plan;
    this.site = site;
    this.urls = new SiteUrls(resolved.edition().meta().baseUrl(), PATH);
    this.quotes = new QuoteFragments(resolved);
  }

  public Map<String, Object> collection() {
    EditionMeta meta = resolved.edition().meta();
    String id = urls.file(PATH);
    List<Object> items = new ArrayList<>();
    Parallel.map(resolved.edition().texts(), text -> {
      Map<String, Element> page = noteElements(site.page(plan.page(text.id()).path()).map(d -> d.body()).orElseGet(() -> new Element("body")));
      return resolved.edition().notesOn(text.id()).stream()
          .filter(n -> resolved.notePlacements().containsKey(n.id()))
          .sorted(Comparator.comparingInt(n -> resolved.notePlacements().get(n.id()).number()))
          .map(n -> annotation(id, n, resolved.notePlacements().get(n.id()), page))
          .toList();
    }).forEach(items::addAll);
    Map<String, Object> first = new LinkedHashMap<>();
    first.put("id", id + "#page1");
    first.put("type", "AnnotationPage");
    first.put("startIndex", 0);
    first.put("items", items);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("@context", CONTEXT);
    doc.put("id", id);
    doc.put("type", "AnnotationCollection");
    doc.put("label", "Notes of " + meta.title() + ", version " + meta.version());
    doc.put("total", items.size());
    doc.put("first", first);
    return doc;
  }

  /** The page's elements whose id is a note's, found in one walk of the page (not one walk per note). */
  private static Map<String, Element> noteElements(Element page) {
    Map<String, Element> byId = new HashMap<>();
    for (Element e : page.select("[id^=n-]")) {
      byId.putIfAbsent(e.id(), e);
    }
    return byId;
  }

  private Map<String, Object> annotation(String collectionId, Note note, NotePlacement p, Map<String, Element> page) {
    EditionMeta meta = resolved.edition().meta();
    String motivation = motivation(note.kind());
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("id", collectionId + "#n-" + note.id());
    a.put("type", "Annotation");
    a.put("motivation", motivation);
    String date = note.checked().isEmpty() ? meta.date() : note.checked();
    if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
      a.put("created", date + "T00:00:00Z");
    }
    if (!meta.editors().isEmpty()) {
      a.put("creator", meta.editors().stream().map(name -> (Object) node("Person", "name", name)).toList());
    }
    List<Object> bodies = new ArrayList<>();
    Map<String, Object> comment = node("TextualBody", "value", bodyHtml(note, page));
    comment.put("format", "text/html");
    comment.put("language", meta.language());
    comment.put("purpose", motivation);
    bodies.add(comment);
    note.verdict().ifPresent(v -> {
      Map<String, Object> verdict = node("TextualBody", "value", v.label());
      verdict.put("format", "text/plain");
      verdict.put("language", meta.language());
      verdict.put("purpose", "classifying");
      bodies.add(verdict);
    });
    a.put("body", bodies);
    a.put("target", target(p));
    return a;
  }

  /** Fact-checks assess; margin notes comment; editorial notes are about the text as edited. */
  static String motivation(NoteKind kind) {
    return switch (kind) {
      // "assessing" is in the Web Annotation vocabulary; the compact IRI needs no context term.
      case FACT_CHECK -> "oa:assessing";
      case MARGIN -> "commenting";
      case EDITORIAL -> "editing";
    };
  }

  private Map<String, Object> target(NotePlacement p) {
    String pagePath = plan.page(p.textId()).path();
    Block block = quotes.block(p);
    String text = block.text();
    Map<String, Object> quote = node("TextQuoteSelector", "exact", quotes.exact(p));
    String prefix = text.substring(safeStart(text, p.start() - CONTEXT_CHARS), p.start());
    String suffix = text.substring(p.end(), safeEnd(text, p.end() + CONTEXT_CHARS));
    if (!prefix.isEmpty()) {
      quote.put("prefix", prefix);
    }
    if (!suffix.isEmpty()) {
      quote.put("suffix", suffix);
    }
    Map<String, Object> fragment = node("FragmentSelector", "conformsTo", RFC3986);
    fragment.put("value", p.anchor());
    Map<String, Object> target = new LinkedHashMap<>();
    // The segment's own address: the page with a text directive that highlights the quote in browsers.
    target.put("id", urls.page(pagePath, quotes.fragment(p)));
    target.put("type", "SpecificResource");
    target.put("source", urls.page(pagePath, ""));
    target.put("selector", List.of(quote, fragment));
    return target;
  }

  /** The note's body as rendered on its page, with links made to work from the export's address. */
  private String bodyHtml(Note note, Map<String, Element> page) {
    Element rendered = page.get("n-" + note.id());
    Element body = rendered == null ? null : rendered.selectFirst(".nb");
    if (body == null) {
      return "";
    }
    Element copy = body.clone();
    String pagePath = plan.page(note.textId()).path();
    for (Element link : copy.select("a[href]")) {
      link.attr("href", fromExport(pagePath, link.attr("href")));
    }
    // tidied as jsoup prints by default (trimmed, no trailing break), apart from the page's own output settings
    org.jsoup.nodes.Document.createShell("").body().appendChild(copy);
    return copy.html();
  }

  private String fromExport(String pagePath, String href) {
    URI resolvedHref;
    try {
      resolvedHref = URI.create("site:/").resolve(pagePath).resolve(href);
    } catch (IllegalArgumentException e) {
      return href;
    }
    if (!"site".equals(resolvedHref.getScheme())) {
      return href;
    }
    String path = resolvedHref.getPath().substring(1);
    String fragment = resolvedHref.getRawFragment() == null ? "" : resolvedHref.getRawFragment();
    return path.endsWith(".html") ? urls.page(path, fragment) : urls.file(path) + (fragment.isEmpty() ? "" : "#" + fragment);
  }

  private static int safeStart(String s, int at) {
    int i = Math.max(0, at);
    return i > 0 && Character.isLowSurrogate(s.charAt(i)) ? i + 1 : i;
  }

  private static int safeEnd(String s, int at) {
    int i = Math.min(s.length(), at);
    return i < s.length() && Character.isLowSurrogate(s.charAt(i)) ? i - 1 : i;
  }

  private static Map<String, Object> node(String type, String key, Object value) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("type", type);
    node.put(key, value);
    return node;
  }
}
