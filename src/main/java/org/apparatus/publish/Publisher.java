package org.apparatus.publish;

import java.nio.file.Path;
import java.util.Map;
import org.apparatus.anchors.AnchorStage;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.download.Downloads;
import org.apparatus.load.ContentLoader;
import org.apparatus.plan.SitePlan;
import org.apparatus.render.PageRenderer;
import org.apparatus.resolve.ResolvedEdition;

/**
 * Files derived once the pages are rendered: hosting markers, downloads, search data and exports
 * for machines. Each step reads the rendered pages and the resolved edition, never the sources' text.
 */
public final class Publisher {
  /**
   * What every derived file may draw on. {@code root} is the project directory (for bundling sources);
   * {@code loader} reads further sources so that diagnostics can quote them; {@code pages} renders
   * derived pages in the site's frame.
   */
  public record Context(ResolvedEdition resolved, SitePlan plan, Path root, Path content, Path templates,
      Diagnostics diagnostics, ContentLoader loader, PageRenderer pages) {}

  private Publisher() {}

  /** Adds the derived files to {@code files} (path relative to the site root → bytes). */
  public static void addDerived(Context context, Map<String, byte[]> files) {
    files.put(".nojekyll", new byte[0]);
    AnchorStage.apply(context, files);
    org.apparatus.search.SearchData.addTo(context, files);
    PagesAndExports.add(context, files);
    Downloads.addTo(context, files);
  }
}
