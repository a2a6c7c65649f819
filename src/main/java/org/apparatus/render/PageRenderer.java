package org.apparatus.render;

import java.util.Map;
import java.util.Optional;
import org.apparatus.plan.SitePlan.PlannedPage;

/**
 * Renders a page after the main render, in the same frame (navigation, header, footer) as the others:
 * for pages whose content is derived from the rendered site, such as the changes page.
 */
public interface PageRenderer {
  /** Renders {@code template} with {@code model} plus the page's {@code chrome}; empty if the template failed (reported). */
  Optional<String> render(PlannedPage page, String template, Map<String, Object> model);
}
