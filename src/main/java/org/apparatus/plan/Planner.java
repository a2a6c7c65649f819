package org.apparatus.plan;

import java.util.Map;
import java.util.Set;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.model.Edition;
import org.apparatus.model.Page;
import org.apparatus.model.Text;
import org.apparatus.plan.SitePlan.PlannedPage;

/** Decides the output path of every page; two pages wanting one path is an error. */
public final class Planner {
  /** Directories the generator itself writes to; no text or page may take these names. */
  public static final Set<String> RESERVED = Set.of("assets", "downloads", "exports", "index", "404");

  private final Diagnostics diagnostics;

  public Planner(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public SitePlan plan(Edition edition) {
    Map<String, PlannedPage> pages = SitePlan.newMap();
    pages.put(SitePlan.HOME, new PlannedPage(PlannedPage.Kind.HOME, SitePlan.HOME, "index.html", edition.meta().title()));
    for (Text text : edition.texts()) {
      add(pages, new PlannedPage(PlannedPage.Kind.TEXT, text.id(), text.id() + "/index.html", text.title()), text.pos());
    }
    for (Page page : edition.pages()) {
      add(pages, new PlannedPage(PlannedPage.Kind.PAGE, page.id(), page.id() + "/index.html", page.title()), page.pos());
    }
    putBuiltIn(pages, new PlannedPage(PlannedPage.Kind.GLOSSARY, "glossary", "glossary/index.html", "Glossary"));
    putBuiltIn(pages, new PlannedPage(PlannedPage.Kind.REFERENCES, "references", "references/index.html", "References"));
    putBuiltIn(pages, new PlannedPage(PlannedPage.Kind.FACT_CHECKS, "fact-checks", "fact-checks/index.html", "Fact-checks"));
    putBuiltIn(pages, new PlannedPage(PlannedPage.Kind.SEARCH, "search", "search/index.html", "Search"));
    putBuiltIn(pages, new PlannedPage(PlannedPage.Kind.CHANGES, "changes", "changes/index.html", "Changes"));
    return new SitePlan(pages);
  }

  private void add(Map<String, PlannedPage> pages, PlannedPage page, org.apparatus.diagnostic.SourcePos pos) {
    if (RESERVED.contains(page.id()) || Set.of("glossary", "references", "fact-checks", "changes", "search").contains(page.id())
        || pages.containsKey(page.id())) {
      diagnostics.error(Code.URL_COLLISION, pos, "`" + page.id() + "` would be written to " + page.path() + ", which is already taken",
          "rename the file (or set `id:`); reserved names: assets, downloads, exports, glossary, references, fact-checks, changes, search");
      return;
    }
    pages.put(page.id(), page);
  }

  private static void putBuiltIn(Map<String, PlannedPage> pages, PlannedPage page) {
    pages.putIfAbsent(page.id(), page);
  }
}
