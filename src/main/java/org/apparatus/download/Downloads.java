package org.apparatus.download;

import java.io.IOException;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.model.EditionMeta;
import org.apparatus.site.RenderedSite;
import org.apparatus.site.StageContext;

/**
 * The offline copies of the edition, published under {@code downloads/}: an EPUB made from the
 * rendered pages, and a ZIP of the whole site with the sources it was built from. Both carry the
 * edition's date as their only timestamp, so two builds give the same bytes. This step comes last
 * among the derived files, so that the archive holds every one of them. A live preview leaves both out
 * (they take longer than the rest of a rebuild) and says so beside their links.
 */
public final class Downloads {
  private Downloads() {}

  public static void addTo(StageContext context, RenderedSite site) {
    if (context.diagnostics().hasErrors()) {
      return; // the build fails anyway, and its pages may be incomplete
    }
    EditionMeta meta = context.resolved().edition().meta();
    DownloadPaths paths = DownloadPaths.of(meta);
    if (context.downloads() == StageContext.Downloads.LEFT_OUT) {
      DownloadLinks.markLeftOut(site, paths);
      return;
    }
    FixedTime time = FixedTime.of(meta.date());

    byte[] epub = new EpubBuilder(context.resolved().edition(), context.plan(), site, time).build();
    site.put(paths.epub(), epub);
    DownloadLinks.showEpubSize(site, epub.length);

    try {
      byte[] zip = new SourceArchive(paths, time)
          .site(DownloadLinks.forArchive(site))
          .tree(context.content(), "content")
          .tree(context.templates(), "templates")
          .file(context.root().resolve("README.md"))
          .file(context.root().resolve("LICENSE"))
          .zip();
      site.put(paths.zip(), zip);
    } catch (IOException e) {
      context.diagnostics().error(Code.IO_ERROR, SourcePos.fileStart("site/" + paths.zip()),
          "cannot read the sources for the download archive: " + e.getMessage(), "check that content/ and templates/ are readable");
    }
  }
}
