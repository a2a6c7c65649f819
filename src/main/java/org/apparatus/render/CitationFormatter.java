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

/** Formats citations and the reference list with a CSL style (citeproc-java). */
public final class CitationFormatter {
  private final CSL csl;
  private final Map<String, String> bibliography = new LinkedHashMap<>();

  public CitationFormatter(List<BibEntry> entries, String style, String locale) throws IOException {
    CSLItemData[] items = entries.stream().map(BibEntry::item).toArray(CSLItemData[]::new);
    this.csl = new CSL(new ListItemDataProvider(items), style, locale);
    csl.setOutputFormat("html");
    csl.setConvertLinks(false);
    List<String> keys = entries.stream().map(BibEntry::key).toList();
    if (!keys.isEmpty()) {
      csl.registerCitationItems(keys);
      // One pass gives the style's order; entries are then matched to keys one by one.
      Bibliography all = csl.makeBibliography();
      Map<String, String> byKey = new java.util.HashMap<>();
      for (String key : keys) {
        String[] one = csl.makeBibliography(item -> item.getId().equals(key)).getEntries();
        byKey.put(key, one.length == 0 ? key : one[0].strip());
      }
      Map<String, String> byHtml = new java.util.HashMap<>();
      byKey.forEach((k, v) -> byHtml.putIfAbsent(v, k));
      for (String entry : all.getEntries()) {
        String key = byHtml.remove(entry.strip());
        if (key != null) {
          bibliography.put(key, entry.strip());
        }
      }
      for (String key : keys) {
        bibliography.putIfAbsent(key, byKey.get(key));
      }
    }
  }

  /** The in-text form of one cited work, e.g. {@code (Reuters 2025, p. 5)}, as HTML. */
  public String cite(String key, String locator, boolean suppressAuthor) {
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
