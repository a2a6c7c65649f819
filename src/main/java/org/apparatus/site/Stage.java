package org.apparatus.site;

/** One step after rendering: reads the site and the edition, adds files or changes pages, reports problems. */
@FunctionalInterface
public interface Stage {
  void run(StageContext context, RenderedSite site);
}
