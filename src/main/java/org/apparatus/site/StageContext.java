package org.apparatus.site;

import java.nio.file.Path;
import org.apparatus.anchors.RememberedAnchors;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.load.ContentLoader;
import org.apparatus.plan.SitePlan;
import org.apparatus.render.PageRenderer;
import org.apparatus.resolve.ResolvedEdition;

/**
 * What every stage after rendering may draw on. {@code root} is the project directory (for bundling
 * sources); {@code loader} reads further sources so that diagnostics can quote them; {@code pages}
 * renders derived pages in the site's frame; {@code downloads} says whether the EPUB and ZIP are built;
 * {@code anchors} holds the anchors an earlier build of a series found in its pages.
 */
public record StageContext(ResolvedEdition resolved, SitePlan plan, Path root, Path content, Path templates,
    Diagnostics diagnostics, ContentLoader loader, PageRenderer pages, Downloads downloads, RememberedAnchors anchors) {

  /** The context of a build that remembers no anchors from an earlier one. */
  public StageContext(ResolvedEdition resolved, SitePlan plan, Path root, Path content, Path templates,
      Diagnostics diagnostics, ContentLoader loader, PageRenderer pages, Downloads downloads) {
    this(resolved, plan, root, content, templates, diagnostics, loader, pages, downloads, RememberedAnchors.none());
  }

  /** Whether a build makes the offline copies; a live preview leaves them out to stay fast. */
  public enum Downloads {
    BUILT,
    LEFT_OUT
  }

  /** The templates directory as diagnostics name it, relative to the project. */
  public String templatesPath() {
    return loader.relative(templates);
  }
}
