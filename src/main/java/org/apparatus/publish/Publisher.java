package org.apparatus.publish;

import java.util.List;
import org.apparatus.anchors.AnchorStage;
import org.apparatus.download.Downloads;
import org.apparatus.search.SearchData;
import org.apparatus.site.RenderedSite;
import org.apparatus.site.Stage;
import org.apparatus.site.StageContext;

/**
 * Files derived once the pages are rendered: hosting markers, anchors, search data, exports for
 * machines and the downloads. Each stage reads the rendered site and the resolved edition, never the
 * sources' text, and the stages run in this order: the downloads come last so that they hold every
 * other file, and the exports after the anchors so that the 404 page and sitemap see the final pages.
 */
public final class Publisher {
  public static final List<Stage> STAGES = List.of(
      (context, site) -> site.put(".nojekyll", new byte[0]),
      AnchorStage::apply,
      SearchData::addTo,
      PagesAndExports::add,
      Downloads::addTo);

  private Publisher() {}

  public static void run(StageContext context, RenderedSite site) {
    for (Stage stage : STAGES) {
      stage.run(context, site);
    }
  }
}
