package org.apparatus.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apparatus.plan.SitePlan;
import org.apparatus.plan.SitePlan.PlannedPage;
import org.apparatus.resolve.ResolvedEdition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Collects the search documents from the rendered pages, so that every URL names an id that really
 * is on its page. The resolved edition supplies only labels (author surnames, locators, titles).
 */
public final class SearchDocuments {
  private SearchDocuments() {}

  /** The documents of every page that has searchable content, in the plan's page order. */
  public static List<SearchDocument> collect(ResolvedEdition resolved, SitePlan plan, Map<String, byte[]> files) {
    List<SearchDocument> docs = new ArrayList<>();
    for (PlannedPage page : plan.all()) {
      byte[] html = files.get(page.path());
      if (html == null) {
        continue;
      }
      switch (page.kind()) {
        case TEXT -> resolved.edition().text(page.id())
            .ifPresent(text -> docs.addAll(TextDocuments.of(text, page.path(), parse(html))));
        case PAGE -> docs.addAll(EditorialDocuments.sections(page, parse(html)));
        case GLOSSARY -> docs.addAll(EditorialDocuments.terms(resolved.edition(), page.path(), parse(html)));
        case REFERENCES -> docs.addAll(EditorialDocuments.references(resolved.edition(), page.path(), parse(html)));
        default -> { }
      }
    }
    return docs;
  }

  private static Document parse(byte[] html) {
    return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
  }
}
