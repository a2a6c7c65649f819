package org.apparatus.anchors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apparatus.plan.SitePlan;
import org.apparatus.plan.SitePlan.PlannedPage;
import org.apparatus.render.PageRenderer;
import org.apparatus.render.Views;
import org.apparatus.site.RenderedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Keeps old fragments working. A moved anchor gets an alias with its old id inside the new target when
 * both are on one page; otherwise the old page gets a notice with the old id that links to the new
 * place. A retired anchor gets a tombstone saying what was there and why it went. A script follows
 * moved anchors; without it the browser still lands on the alias or the notice. A page that is gone
 * altogether is replaced by a small page holding its notices.
 */
final class AnchorNotices {
  static final String SCRIPT = "assets/anchors.js";
  private static final String CHANGES_PATH = "changes/index.html";

  private final RenderedSite site;
  private final Map<AnchorRef, Anchor> current;
  private final PageRenderer pages;

  private AnchorNotices(RenderedSite site, Map<AnchorRef, Anchor> current, PageRenderer pages) {
    this.site = site;
    this.current = current;
    this.pages = pages;
  }

  static void apply(RenderedSite site, List<LockEntry> entries, Map<AnchorRef, Anchor> current, PageRenderer pages) {
    Map<String, List<LockEntry>> byPage = new LinkedHashMap<>();
    for (LockEntry e : entries) {
      if (!e.live()) {
        byPage.computeIfAbsent(e.ref().page(), p -> new java.util.ArrayList<>()).add(e);
      }
    }
    AnchorNotices notices = new AnchorNotices(site, current, pages);
    byPage.forEach(notices::mark);
  }

  private void mark(String path, List<LockEntry> gone) {
    if (!site.has(path)) {
      removedPage(path);
    }
    Optional<Document> page = site.edit(path);
    if (page.isEmpty()) {
      return;
    }
    Document doc = page.get();
    Element section = null;
    for (LockEntry e : gone) {
      if (e.status() instanceof LockEntry.Moved m && m.to().page().equals(path)) {
        doc.getElementById(m.to().fragment()).prependChild(new Element("span").addClass("anchor-alias")
            .id(e.ref().fragment()).attr("data-moved-to", "#" + m.to().fragment()));
        continue;
      }
      if (section == null) {
        section = noticeSection(doc);
      }
      section.appendChild(e.status() instanceof LockEntry.Moved m ? movedNotice(e, m, path) : tombstone(e));
    }
    if (section != null) {
      section.appendElement("p").appendElement("a").attr("href", SitePlan.relative(path, CHANGES_PATH))
          .text("All changes to cited passages");
    }
    String root = "../".repeat((int) path.chars().filter(c -> c == '/').count());
    doc.body().appendElement("script").attr("src", root + SCRIPT);
  }

  private static Element noticeSection(Document doc) {
    Element main = Optional.ofNullable(doc.selectFirst("main")).orElse(doc.body());
    Element section = main.appendElement("section").addClass("anchor-notices").attr("aria-label", "Moved and retired passages");
    section.appendElement("h2").text("Moved and retired passages");
    section.appendElement("p").text("Links to these passages from earlier versions of the edition lead here.");
    return section;
  }

  private Element movedNotice(LockEntry e, LockEntry.Moved m, String path) {
    String href = SitePlan.relative(path, m.to().page()) + "#" + m.to().fragment();
    Element notice = new Element("div").addClass("tombstone").addClass("moved").id(e.ref().fragment()).attr("data-moved-to", href);
    Element p = notice.appendElement("p");
    p.appendElement("strong").text(e.locator());
    p.appendText(" (" + e.kind().label() + ") moved in version " + m.version() + " to ");
    p.appendElement("a").attr("href", href).text(current.get(m.to()).locator());
    p.appendText(".");
    return notice;
  }

  private static Element tombstone(LockEntry e) {
    LockEntry.Retired r = (LockEntry.Retired) e.status();
    Element notice = new Element("div").addClass("tombstone").addClass("retired").id(e.ref().fragment()).attr("role", "note");
    Element p = notice.appendElement("p");
    p.appendElement("strong").text(e.locator());
    p.appendText(" (" + e.kind().label() + ") was retired in version " + r.version() + ": " + r.reason());
    if (!e.excerpt().isEmpty()) {
      notice.appendElement("p").addClass("was").text((e.excerpt().endsWith("…") ? "It began: “" : "It read: “") + e.excerpt() + "”");
    }
    return notice;
  }

  /** A page of an earlier version that the site no longer has: rendered anew, to carry its notices. */
  private void removedPage(String path) {
    PlannedPage page = new PlannedPage(PlannedPage.Kind.PAGE, "removed", path, "Removed page");
    Views.RemovedPage view = new Views.RemovedPage(path, new Views.Link(SitePlan.relative(path, CHANGES_PATH), "Changes"));
    pages.render(page, "removed.ftlh", Map.of("removed", view)).ifPresent(html -> site.putPage(path, html));
  }
}
