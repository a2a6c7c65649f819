package org.apparatus.search;

import java.util.ArrayList;
import java.util.List;
import org.apparatus.parallel.Parallel;
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
    Parallel.map(plan.all(), page -> documents(resolved, page, site)).forEach(docs::addAll);
    return docs;
  }

  private static List<SearchDocument> documents(ResolvedEdition resolved, PlannedPage page, RenderedSite site) {
    var found = site.page(page.path());
    if (found.isEmpty()) {
      return List.of();
    }
    Document html = found.get();
    return switch (page.kind()) {
      case TEXT -> resolved.edition().text(page.id()).map(text -> TextDocuments.of(text, page.path(), html)).orElse(List.of());
      case PAGE -> EditorialDocuments.sections(page, html);
      case GLOSSARY -> EditorialDocuments.terms(resolved.edition(), page.path(), html);
      case REFERENCES -> EditorialDocuments.references(resolved.edition(), page.path(), html);
      default -> List.of();
    };
  }
}
