package org.apparatus.download;

import java.io.IOException;
import java.util.Map;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.model.EditionMeta;
import org.apparatus.publish.Publisher;

/**
 * The offline copies of the edition, published under {@code downloads/}: an EPUB made from the
 * rendered pages, and a ZIP of the whole site with the sources it was built from. Both carry the
 * edition's date as their only timestamp, so two builds give the same bytes. This step comes last
 * among the derived files, so that the archive holds every one of them.
 */
public final class Downloads {
  private Downloads() {}

  public static void addTo(Publisher.Context context, Map<String, byte[]> files) {
    if (context.diagnostics().hasErrors()) {
      return; // the build fails anyway, and its pages may be incomplete
    }
    EditionMeta meta = context.resolved().edition().meta();
    DownloadPaths paths = DownloadPaths.of(meta);
    FixedTime time = FixedTime.of(meta.date());

    byte[] epub = new EpubBuilder(context.resolved().edition(), context.plan(), files, time).build();
    files.put(paths.epub(), epub);
    DownloadLinks.showEpubSize(files, epub.length);

    try {
      byte[] zip = new SourceArchive(paths, time)
          .site(DownloadLinks.forArchive(files))
          .tree(context.content(), "content")
          .tree(context.templates(), "templates")
          .file(context.root().resolve("README.md"))
          .file(context.root().resolve("LICENSE"))
          .zip();
      files.put(paths.zip(), zip);
    } catch (IOException e) {
      context.diagnostics().error(Code.IO_ERROR, SourcePos.fileStart("site/" + paths.zip()),
          "cannot read the sources for the download archive: " + e.getMessage(), "check that content/ and templates/ are readable");
    }
  }
}
