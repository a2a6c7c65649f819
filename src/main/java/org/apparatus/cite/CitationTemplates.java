package org.apparatus.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apparatus.cache.BuildCache;
import org.apparatus.cache.CacheKey;
import org.apparatus.diagnostic.Json;
import org.apparatus.model.EditionMeta;
import org.apparatus.model.Page;
import org.apparatus.model.PersonName;
import org.apparatus.model.Text;

/**
 * Citations of the edition's anchors, formatted by citeproc-java from the edition's own metadata. Every anchor of
 * one kind on one page differs only in its locator, URL and key, and the access date differs by reader, so each
 * (kind, work) pair is formatted once with placeholders; {@link #fill} (and the page script, by the same rules)
 * puts in the values.
 */
public final class CitationTemplates {
  public static final String LOCATOR = "⟦loc⟧";
  public static final String URL = "⟦url⟧";
  public static final String KEY = "⟦key⟧";
  public static final String ACCESSED = "⟦accessed⟧";
  private static final int[] DATE_SENTINEL = {1111, 11, 11};
  private static final String LOCALE = "en-US";

  private final EditionMeta meta;
  private final Map<String, CSLItemData> items = new LinkedHashMap<>();
  private final Map<String, Text> texts = new LinkedHashMap<>();
  private final Map<CiteFormat, CSL> processors = new EnumMap<>(CiteFormat.class);
  private final Map<CiteFormat, String> contexts = new EnumMap<>(CiteFormat.class);
  private final BuildCache cache;
  private volatile java.util.concurrent.CompletableFuture<Map<String, Map<CiteFormat, String>>> prepared;

  public CitationTemplates(EditionMeta meta, List<Text> texts) {
    this(meta, texts, List.of());
  }

  public CitationTemplates(EditionMeta meta, List<Text> texts, List<Page> pages) {
    this(meta, texts, pages, BuildCache.none());
  }

  /** Templates whose prose formats are looked up in {@code cache} before the citation processor is started. */
  public CitationTemplates(EditionMeta meta, List<Text> texts, List<Page> pages, BuildCache cache) {
    this.meta = meta;
    this.cache = cache;
    for (Text t : texts) {
      this.texts.put(t.id(), t);
      for (Citable.Kind kind : List.of(Citable.Kind.BLOCK, Citable.Kind.TEXT)) {
        items.put(itemId(kind, t.id()), item(itemId(kind, t.id()), List.of(person(t.author())), t.title(), t.date()));
      }
      items.put(itemId(Citable.Kind.NOTE, t.id()), item(itemId(Citable.Kind.NOTE, t.id()), editors(),
          "Notes on " + t.shortName() + ", ‘" + t.title() + "’", ""));
    }
    for (Page p : pages) {
      items.put(itemId(Citable.Kind.PAGE, p.id()), item(itemId(Citable.Kind.PAGE, p.id()), editors(), p.title(), ""));
    }
    items.put(itemId(Citable.Kind.TERM, "glossary"), item(itemId(Citable.Kind.TERM, "glossary"), editors(), "Glossary", ""));
  }

  private static String itemId(Citable.Kind kind, String work) {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + work;
  }

  /**
   * Starts formatting every (kind, work) pair on another thread, so that loading the three CSL styles overlaps
   * with the rest of rendering; {@link #templates} then waits for the result.
   */
  public CitationTemplates prepareInBackground() {
    prepared = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      Map<String, Map<CiteFormat, String>> all = new java.util.HashMap<>();
      for (String id : items.keySet()) {
        all.put(id, format(id));
      }
      return all;
    });
    return this;
  }

  /** The six formats for anchors of {@code kind} in {@code work}, with placeholders. */
  public Map<CiteFormat, String> templates(Citable.Kind kind, String work) {
    String id = itemId(kind, work);
    if (!items.containsKey(id)) {
      throw new IllegalArgumentException("nothing citable of kind " + kind + " in " + work);
    }
    if (prepared != null) {
      try {
        return prepared.join().get(id);
      } catch (java.util.concurrent.CompletionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : e;
      }
    }
    return format(id);
  }

  private Map<CiteFormat, String> format(String id) {
    CSLItemData item = items.get(id);
    Citable.Kind kind = Citable.Kind.valueOf(id.substring(0, id.indexOf(':')).toUpperCase(java.util.Locale.ROOT));
    String work = id.substring(id.indexOf(':') + 1);
    Map<CiteFormat, String> out = new EnumMap<>(CiteFormat.class);
    for (CiteFormat f : CiteFormat.values()) {
      out.put(f, switch (f) {
        case CHICAGO, APA, MLA -> prose(f, id, kind.hasLocator());
        case BIBTEX -> bibtex(item, kind, work);
        case RIS -> ris(item, kind, work);
        case CSL_JSON -> cslJson(item, kind.hasLocator());
      });
    }
    return out;
  }

  /** One format of one anchor, placeholders filled. */
  public static String fill(String template, CiteFormat format, Citable c, String url, LocalDate accessed) {
    return template.replace(LOCATOR, escape(format, c.locator())).replace(URL, escape(format, url))
        .replace(KEY, escape(format, c.key())).replace(ACCESSED, format.accessDate(accessed));
  }

  private static String escape(CiteFormat format, String value) {
    return switch (format) {
      case CSL_JSON -> {
        String quoted = Json.quote(value);
        yield quoted.substring(1, quoted.length() - 1);
      }
      case BIBTEX -> value.replace("{", "\\{").replace("}", "\\}");
      case RIS -> value.replace('\n', ' ');
      default -> value;
    };
  }

  /** In-text citation and reference-list entry on two lines, with the access date as each style places it. */
  private String prose(CiteFormat f, String id, boolean withLocator) {
    String context = contexts.computeIfAbsent(f, k -> CslSources.key("cite-template", k.cslStyle(), LOCALE, "text").hex());
    String key = CacheKey.of("cite-template").add(context).add(CslSources.itemJson(items.get(id))).add(withLocator).hex();
    return cache.get(key).filter(v -> v.size() == 1).map(v -> v.get(0)).orElseGet(() -> {
      String formatted = formatProse(f, id, withLocator);
      cache.put(key, List.of(formatted));
      return formatted;
    });
  }

  private String formatProse(CiteFormat f, String id, boolean withLocator) {
    CSL csl = processor(f);
    // One work at a time: citations of one anchor must not be disambiguated against the edition's other works.
    csl.reset();
    csl.setOutputFormat("text");
    csl.registerCitationItems(id);
    CSLCitationItemBuilder cited = new CSLCitationItemBuilder(id);
    if (withLocator) {
      cited.suffix(", " + LOCATOR);
    }
    String inText = csl.makeCitation(new CSLCitation(cited.build()))
        .get(0).getText().strip();
    String[] entries = csl.makeBibliography(i -> i.getId().equals(id)).getEntries();
    String reference = entries.length == 0 ? "" : entries[0].strip();
    if (!reference.contains(URL)) {
      reference = reference + " " + URL;
    }
    reference = switch (f) {
      case CHICAGO -> reference.replace(URL, "Accessed " + ACCESSED + ". " + URL);
      case APA -> reference.replace(URL, "Retrieved " + ACCESSED + ", from " + URL);
      default -> reference + " Accessed " + ACCESSED + ".";
    };
    return inText + "\n" + reference;
  }

  private CSL processor(CiteFormat f) {
    return processors.computeIfAbsent(f, k -> {
      try {
        return new CSL(new ListItemDataProvider(items.values().toArray(CSLItemData[]::new)), k.cslStyle(), LOCALE);
      } catch (IOException e) {
        throw new UncheckedIOException("bundled citation style " + k.cslStyle() + " cannot be loaded", e);
      }
    });
  }

  private String bibtex(CSLItemData item, Citable.Kind kind, String work) {
    StringBuilder b = new StringBuilder("@incollection{").append(KEY).append(",\n");
    boolean ofText = kind == Citable.Kind.BLOCK || kind == Citable.Kind.TEXT;
    String editors = String.join(" and ", meta.editorNames().stream().map(CitationTemplates::bibName).toList());
    field(b, "author", ofText ? bibName(PersonName.parse(texts.get(work).author())) : editors);
    field(b, "title", item.getTitle());
    field(b, "booktitle", meta.title());
    field(b, "editor", editors);
    field(b, "version", meta.version());
    field(b, "date", meta.date());
    if (ofText) {
      OriginalDate.parse(texts.get(work).date()).ifPresent(d -> field(b, "origdate", d.edtf()));
    }
    if (kind.hasLocator()) {
      field(b, "addendum", LOCATOR);
    }
    field(b, "url", URL);
    field(b, "urldate", ACCESSED);
    return b.append("}").toString();
  }

  private static void field(StringBuilder b, String name, String value) {
    if (value != null && !value.isEmpty()) {
      b.append("  ").append(String.format("%-9s", name)).append(" = {").append(value).append("},\n");
    }
  }

  private String ris(CSLItemData item, Citable.Kind kind, String work) {
    StringBuilder b = new StringBuilder();
    ris(b, "TY", "CHAP");
    for (CSLName n : item.getAuthor()) {
      ris(b, "AU", risName(n));
    }
    ris(b, "TI", item.getTitle());
    ris(b, "T2", meta.title());
    for (CSLName n : item.getEditor()) {
      ris(b, "A2", risName(n));
    }
    ris(b, "PY", meta.date().length() >= 4 ? meta.date().substring(0, 4) : "");
    ris(b, "DA", meta.date().replace('-', '/'));
    if (kind == Citable.Kind.BLOCK || kind == Citable.Kind.TEXT) {
      OriginalDate.parse(texts.get(work).date()).ifPresent(d -> ris(b, "OP", d.edtf()));
    }
    ris(b, "ET", "Version " + meta.version());
    ris(b, "UR", URL);
    ris(b, "Y2", ACCESSED);
    if (kind.hasLocator()) {
      ris(b, "N1", "Locator: " + LOCATOR);
    }
    ris(b, "LA", meta.language());
    return b.append("ER  - ").toString();
  }

  private static void ris(StringBuilder b, String tag, String value) {
    if (value != null && !value.isEmpty()) {
      b.append(tag).append("  - ").append(value).append('\n');
    }
  }

  private static String risName(CSLName n) {
    return n.getLiteral() != null ? n.getLiteral() : n.getFamily() + ", " + n.getGiven();
  }

  private static String cslJson(CSLItemData item, boolean withLocator) {
    CSLItemDataBuilder b = new CSLItemDataBuilder(item).id(KEY).accessed(DATE_SENTINEL[0], DATE_SENTINEL[1], DATE_SENTINEL[2]);
    if (withLocator) {
      b.note(LOCATOR);
    }
    CSLItemData withPlaceholders = b.build();
    String json = CslSources.itemJson(withPlaceholders);
    return json.replace("\\u27E6", "⟦").replace("\\u27E7", "⟧").replace("\\u27e6", "⟦").replace("\\u27e7", "⟧")
        .replace("[[1111,11,11]]", "[[" + ACCESSED + "]]");
  }

  private CSLItemData item(String id, List<CSLName> authors, String title, String originalDate) {
    CSLItemDataBuilder b = new CSLItemDataBuilder().id(id).type(CSLType.CHAPTER).author(authors.toArray(CSLName[]::new))
        .editor(editors().toArray(CSLName[]::new)).title(title).containerTitle(meta.title()).version(meta.version())
        .URL(URL).language(meta.language());
    int[] issued = dateParts(meta.date());
    if (issued.length == 3) {
      b.issued(issued[0], issued[1], issued[2]);
    }
    OriginalDate.parse(originalDate).ifPresent(d -> b.originalDate(d.csl()));
    return b.build();
  }

  private static int[] dateParts(String iso) {
    if (iso == null || !iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return new int[0];
    }
    LocalDate d = LocalDate.parse(iso);
    return new int[] {d.getYear(), d.getMonthValue(), d.getDayOfMonth()};
  }

  private List<CSLName> editors() {
    return meta.editorNames().stream().map(CitationTemplates::csl).toList();
  }

  private static CSLName person(String fullName) {
    return csl(PersonName.parse(fullName));
  }

  private static CSLName csl(PersonName n) {
    if (n.isLiteral()) {
      return new CSLNameBuilder().literal(n.display()).build();
    }
    return n.given().isEmpty() ? new CSLNameBuilder().family(n.family()).build()
        : new CSLNameBuilder().given(n.given()).family(n.family()).build();
  }

  private static String bibName(PersonName n) {
    return n.isLiteral() ? "{" + n.display() + "}" : n.given().isEmpty() ? n.family() : n.family() + ", " + n.given();
  }
}
