package org.apparatus.publish;

import java.util.Map;
import org.apparatus.export.Exports;

/** What a host and machines read besides the pages: exports, the 404 page, robots.txt and the sitemap. */
public final class PagesAndExports {
  private PagesAndExports() {}

  /** Call after every other derived page is added, so that the sitemap lists them all. */
  public static void add(Publisher.Context context, Map<String, byte[]> files) {
    if (context.diagnostics().hasErrors()) {
      return; // the build fails anyway, and pages may be missing
    }
    var meta = context.resolved().edition().meta();
    Exports.addTo(context.resolved(), context.plan(), files);
    NotFoundPage.addTo(files, meta.baseUrl());
    Crawlers.addTo(files, meta.baseUrl(), meta.date());
  }
}
