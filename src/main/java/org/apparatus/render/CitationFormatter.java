package org.apparatus.render;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apparatus.model.BibEntry;
import org.apparatus.parse.CitationStyles;

/** Formats citations and the reference list with a CSL style (citeproc-java). */
public final class CitationFormatter {
  private final CSL csl;
  private final Map<String, String> bibliography = new LinkedHashMap<>();
  private final Map<List<Object>, String> citations = new java.util.HashMap<>();

  public CitationFormatter(List<BibEntry> entries, String style, String locale) throws IOException {
    CSLItemData[] items = entries.stream().map(BibEntry::item).toArray(CSLItemData[]::new);
    // Only a bundled id or checked style XML reaches the processor, which would otherwise fetch URLs
    // and expand external entities.
    this.csl = new CSL(new ListItemDataProvider(items), CitationStyles.forProcessor(style), CitationStyles.localeForProcessor(locale));
    csl.setOutputFormat("html");
    csl.setConvertLinks(false);
    List<String> keys = entries.stream().map(BibEntry::key).toList();
    if (!keys.isEmpty()) {
      csl.registerCitationItems(keys);
      // The selection predicate sees the items in the style's sort order: that is how entries map to keys.
      List<String> order = new java.util.ArrayList<>();
      String[] html = csl.makeBibliography(item -> order.add(item.getId())).getEntries();
      if (order.size() != html.length) {
        throw new IllegalStateException("citation processor returned " + html.length + " entries for " + order.size() + " items");
      }
      for (int i = 0; i < html.length; i++) {
        bibliography.put(order.get(i), html[i].strip());
      }
    }
  }

  /** The in-text form of one cited work, e.g. {@code (Reuters 2025, p. 5)}, as HTML. */
  public String cite(String key, String locator, boolean suppressAuthor) {
    // The same work at the same locator reads the same wherever it is cited: format it once per build.
    return citations.computeIfAbsent(List.of(key, locator, suppressAuthor), k -> format(key, locator, suppressAuthor));
  }

  private String format(String key, String locator, boolean suppressAuthor) {
    CSLCitationItemBuilder builder = new CSLCitationItemBuilder(key);
    if (!locator.isBlank()) {
      builder.suffix(", " + locator.strip());
    }
    if (suppressAuthor) {
      builder.suppressAuthor(true);
    }
    CSLCitationItem item = builder.build();
    return csl.makeCitation(new CSLCitation(item)).get(0).getText();
  }

  /** Reference-list entries as HTML, keyed by BibTeX key, in the style's order. */
  public Map<String, String> bibliography() {
    return bibliography;
  }
}
