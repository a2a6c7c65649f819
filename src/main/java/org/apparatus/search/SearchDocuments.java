package org.apparatus.search;

import java.util.ArrayList;
import java.util.List;
import org.apparatus.plan.SitePlan;
import org.apparatus.plan.SitePlan.PlannedPage;
import org.apparatus.resolve.ResolvedEdition;
import org.apparatus.site.RenderedSite;
import org.jsoup.nodes.Document;

/**
 * Collects the search documents from the rendered pages, so that every URL names an id that really
 * is on its page. The resolved edition supplies only labels (author surnames, locators, titles).
 */
public final class SearchDocuments {
  private SearchDocuments() {}

  /** The documents of every page that has searchable content, in the plan's page order. */
  public static List<SearchDocument> collect(ResolvedEdition resolved, SitePlan plan, RenderedSite site) {
    List<SearchDocument> docs = new ArrayList<>();
    for (PlannedPage page : plan.all()) {
      var found = site.page(page.path());
      if (found.isEmpty()) {
        continue;
      }
      Document html = found.get();
      switch (page.kind()) {
        case TEXT -> resolved.edition().text(page.id())
            .ifPresent(text -> docs.addAll(TextDocuments.of(text, page.path(), html)));
        case PAGE -> docs.addAll(EditorialDocuments.sections(page, html));
        case GLOSSARY -> docs.addAll(EditorialDocuments.terms(resolved.edition(), page.path(), html));
        case REFERENCES -> docs.addAll(EditorialDocuments.references(resolved.edition(), page.path(), html));
        default -> { }
      }
    }
    return docs;
  }
}
