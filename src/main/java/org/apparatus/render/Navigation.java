package org.apparatus.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apparatus.model.Edition;
import org.apparatus.model.Text;
import org.apparatus.plan.SitePlan;
import org.apparatus.plan.SitePlan.PlannedPage;

/**
 * The site's navigation, worked out once per site: the reading order of the pager and the header's links.
 * A small edition's header lists every text; a larger one lists only the page's own text, since every page links
 * to the home page, whose list of texts then keeps each text within two clicks, and a page's size stays
 * proportional to its own content.
 */
final class Navigation {
  /** Up to this many texts, the header lists them all. */
  static final int HEADER_TEXTS = 12;
  private final List<PlannedPage> order = new ArrayList<>();
  private final List<PlannedPage> reading = new ArrayList<>();
  private final Map<String, Integer> readingIndex = new HashMap<>();
  private final Map<String, String> labels = new HashMap<>();
  private final String editionTitle;
  private final boolean allTextsInHeader;

  Navigation(Edition edition, SitePlan plan) {
    this.editionTitle = edition.meta().title();
    this.allTextsInHeader = edition.texts().size() <= HEADER_TEXTS;
    order.add(plan.page(SitePlan.HOME));
    edition.pages().stream().filter(p -> p.order() <= 1).forEach(p -> order.add(plan.page(p.id())));
    edition.texts().forEach(t -> order.add(plan.page(t.id())));
    edition.pages().stream().filter(p -> p.order() > 1).forEach(p -> order.add(plan.page(p.id())));
    for (String id : List.of("fact-checks", "glossary", "references", "changes", "search")) {
      order.add(plan.page(id));
    }
    for (PlannedPage p : order) {
      labels.put(p.path(), label(edition, p));
      // The search page is in the navigation but not in the reading order of the pager.
      if (p.kind() != PlannedPage.Kind.SEARCH) {
        readingIndex.putIfAbsent(p.path(), reading.size());
        reading.add(p);
      }
    }
  }

  private static String label(Edition edition, PlannedPage p) {
    return switch (p.kind()) {
      case HOME -> "Home";
      case TEXT -> edition.text(p.id()).map(Text::shortName).orElse(p.title());
      default -> p.title();
    };
  }

  /** The header's links from {@code page}: every text in a small edition, else only the page's own. */
  List<Views.Link> header(PlannedPage page) {
    List<Views.Link> links = new ArrayList<>();
    for (PlannedPage p : order) {
      if (p.kind() == PlannedPage.Kind.TEXT && !allTextsInHeader && !p.path().equals(page.path())) {
        continue;
      }
      links.add(new Views.Link(SitePlan.relative(page.path(), p.path()), labels.get(p.path())));
    }
    return links;
  }

  Views.Link previous(PlannedPage page) {
    Integer i = readingIndex.get(page.path());
    return i == null || i == 0 ? null : pagerLink(page, reading.get(i - 1));
  }

  Views.Link next(PlannedPage page) {
    Integer i = readingIndex.get(page.path());
    return i == null || i + 1 >= reading.size() ? null : pagerLink(page, reading.get(i + 1));
  }

  private Views.Link pagerLink(PlannedPage from, PlannedPage to) {
    return new Views.Link(SitePlan.relative(from.path(), to.path()), to.kind() == PlannedPage.Kind.HOME ? editionTitle : to.title());
  }
}
