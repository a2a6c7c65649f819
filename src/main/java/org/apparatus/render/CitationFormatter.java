package org.apparatus.render;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apparatus.cache.BuildCache;
import org.apparatus.cache.CacheKey;
import org.apparatus.cite.CslSources;
import org.apparatus.model.BibEntry;
import org.apparatus.parse.CitationStyles;

/**
 * Formats citations and the reference list with a CSL style (citeproc-java). Each reference-list entry and each
 * in-text citation is looked up in the build cache first; the processor is started only for what is missing, so a
 * build whose citations are all cached never loads it.
 */
public final class CitationFormatter {
  private static final String FORMAT = "html";
  private final List<BibEntry> entries;
  private final String style;
  private final String locale;
  private final BuildCache cache;
  /** A style that prints {@code citation-number} formats each entry by its place in the sorted list. */
  private final boolean placeMatters;
  private final String context;
  private final String set;
  private final Map<String, String> entryHashes = new HashMap<>();
  private final Map<String, String> bibliography = new LinkedHashMap<>();
  private final Map<List<Object>, String> citations = new HashMap<>();
  private final Set<String> citedKeys = new HashSet<>();
  private String lastCitedKey;
  private final Set<String> sentKeys = new HashSet<>();
  private String lastSentKey;
  private Processor processor;
  private int formattedEntries;
  private int formattedCitations;

  public CitationFormatter(List<BibEntry> entries, String style, String locale) throws IOException {
    this(entries, style, locale, BuildCache.none());
  }

  public CitationFormatter(List<BibEntry> entries, String style, String locale, BuildCache cache) throws IOException {
    this.entries = entries;
    // Only a bundled id or checked style XML reaches the processor, which would otherwise fetch URLs
    // and expand external entities.
    this.style = CitationStyles.forProcessor(style);
    this.locale = CitationStyles.localeForProcessor(locale);
    this.cache = cache;
    this.placeMatters = CslSources.styleXml(this.style).contains("citation-number");
    this.context = CslSources.key("citations", this.style, this.locale, FORMAT).hex();
    CacheKey setKey = CacheKey.of("reference-list").add(context);
    for (BibEntry e : entries) {
      String hash = CacheKey.of("entry").add(e.key()).add(CslSources.itemJson(e.item())).hex();
      entryHashes.put(e.key(), hash);
      setKey.add(hash);
    }
    this.set = setKey.hex();
    formatBibliography();
  }

  private String entryKey(String key) {
    return CacheKey.of("reference").add(context).add(entryHashes.get(key)).add(placeMatters ? set : "").hex();
  }

  private void formatBibliography() throws IOException {
    Optional<List<String>> order = cache.get(set);
    Map<String, String> cached = new HashMap<>();
    for (BibEntry e : entries) {
      cachedHtml(entryKey(e.key())).ifPresent(html -> cached.put(e.key(), html));
    }
    if (order.isPresent() && cached.size() == entries.size() && Set.copyOf(order.get()).equals(cached.keySet())
        && order.get().size() == entries.size()) {
      order.get().forEach(k -> bibliography.put(k, cached.get(k)));
      return;
    }
    Processor processor = processor(true);
    List<String> sorted = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    if (!entries.isEmpty()) {
      // The selection sees the items in the style's sort order: that is how entries map to keys.
      String[] html = processor.bibliography(id -> {
        sorted.add(id);
        boolean format = !cached.containsKey(id);
        if (format) {
          missing.add(id);
        }
        return format;
      });
      if (missing.size() != html.length) {
        throw new IllegalStateException("citation processor returned " + html.length + " entries for " + missing.size() + " items");
      }
      for (int i = 0; i < html.length; i++) {
        cached.put(missing.get(i), html[i].strip());
        cache.put(entryKey(missing.get(i)), List.of(html[i].strip()));
      }
    }
    formattedEntries = missing.size();
    sorted.forEach(k -> bibliography.put(k, cached.get(k)));
    cache.put(set, sorted);
  }

  /** A formatted reference or citation from the cache, if it has the shape of the processor's output. */
  private Optional<String> cachedHtml(String key) {
    return cache.get(key).filter(v -> v.size() == 1 && ProcessorHtml.isProcessorOutput(v.get(0))).map(v -> v.get(0));
  }

  /** The processor, made once; {@code registerAll} when the reference list (or a numbering style) needs every item. */
  private Processor processor(boolean registerAll) throws IOException {
    if (processor == null) {
      processor = new Processor(entries, style, locale, registerAll || placeMatters);
    }
    return processor;
  }

  /** The citation processor itself, in a class of its own so that it is loaded only when something is formatted. */
  private static final class Processor {
    private final CSL csl;

    Processor(List<BibEntry> entries, String style, String locale, boolean registerAll) throws IOException {
      CSLItemData[] items = entries.stream().map(BibEntry::item).toArray(CSLItemData[]::new);
      csl = new CSL(new ListItemDataProvider(items), style, locale);
      csl.setOutputFormat(FORMAT);
      csl.setConvertLinks(false);
      if (registerAll && !entries.isEmpty()) {
        csl.registerCitationItems(entries.stream().map(BibEntry::key).toList());
      }
    }

    String[] bibliography(java.util.function.Predicate<String> select) {
      return csl.makeBibliography(item -> select.test(item.getId())).getEntries();
    }

    String citation(String key, String locator, boolean suppressAuthor) {
      CSLCitationItemBuilder builder = new CSLCitationItemBuilder(key);
      if (locator != null && !locator.isBlank()) {
        builder.suffix(", " + locator.strip());
      }
      if (suppressAuthor) {
        builder.suppressAuthor(true);
      }
      var made = csl.makeCitation(new CSLCitation(builder.build()));
      return made.get(made.size() - 1).getText();
    }
  }

  /** The in-text form of one cited work, e.g. {@code (Reuters 2025, p. 5)}, as HTML. */
  public String cite(String key, String locator, boolean suppressAuthor) {
    // The same work at the same locator reads the same wherever it is cited: format it once per build.
    return citations.computeIfAbsent(List.of(key, locator, suppressAuthor), k -> cached(key, locator, suppressAuthor));
  }

  /**
   * A citation's form also depends on the citations before it: the processor tests whether it is the work's first
   * citation and whether the one just before cites the same work ("ibid"). Both are part of the key, and before
   * formatting a missing one the processor is given what it needs to see the same.
   */
  private String cached(String key, String locator, boolean suppressAuthor) {
    boolean first = !citedKeys.contains(key);
    boolean ibid = key.equals(lastCitedKey);
    String previous = lastCitedKey;
    citedKeys.add(key);
    lastCitedKey = key;
    String hash = entryHashes.get(key);
    String cacheKey = hash == null ? null : CacheKey.of("citation").add(context).add(hash).add(locator).add(suppressAuthor)
        .add(first).add(ibid).add(placeMatters ? set : "").hex();
    if (cacheKey != null) {
      Optional<String> hit = cachedHtml(cacheKey);
      if (hit.isPresent()) {
        return hit.get();
      }
    }
    if ((!first && !sentKeys.contains(key)) || (ibid && !key.equals(lastSentKey))) {
      send(key, null, false);
    } else if (!ibid && key.equals(lastSentKey)) {
      send(previous, null, false);
    }
    String html = send(key, locator, suppressAuthor);
    formattedCitations++;
    if (cacheKey != null) {
      cache.put(cacheKey, List.of(html));
    }
    return html;
  }

  /** Has the processor format a citation; {@code locator} null for one that only sets what the processor has seen. */
  private String send(String key, String locator, boolean suppressAuthor) {
    try {
      String html = processor(false).citation(key, locator, suppressAuthor);
      sentKeys.add(key);
      lastSentKey = key;
      return html;
    } catch (IOException e) {
      throw new UncheckedIOException("the citation style cannot be loaded", e);
    }
  }

  /** Reference-list entries as HTML, keyed by BibTeX key, in the style's order. */
  public Map<String, String> bibliography() {
    return bibliography;
  }

  /** How many reference-list entries this build formatted rather than found in the cache. */
  public int formattedEntries() {
    return formattedEntries;
  }

  /** How many in-text citations this build formatted rather than found in the cache. */
  public int formattedCitations() {
    return formattedCitations;
  }
}
