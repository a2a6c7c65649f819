package org.apparatus.publish;

import org.apparatus.export.Exports;
import org.apparatus.export.tei.TeiExport;
import org.apparatus.site.RenderedSite;
import org.apparatus.site.StageContext;

/** What a host and machines read besides the pages: exports, the 404 page, robots.txt and the sitemap. */
public final class PagesAndExports {
  private PagesAndExports() {}

  /** Call after every other derived page is added, so that the sitemap lists them all. */
  public static void add(StageContext context, RenderedSite site) {
    if (context.diagnostics().hasErrors()) {
      return; // the build fails anyway, and pages may be missing
    }
    var meta = context.resolved().edition().meta();
    Exports.addTo(context.resolved(), context.plan(), site);
    TeiExport.addTo(context.resolved(), context.plan(), site, context.diagnostics());
    NotFoundPage.addTo(site, meta.baseUrl());
    Crawlers.addTo(site, meta.baseUrl(), meta.date());
  }
}
