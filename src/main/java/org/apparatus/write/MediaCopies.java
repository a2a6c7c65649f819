package org.apparatus.write;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.model.MediaFile;

/** Adds the edition's media files (images the texts show) to the output set, at their published paths. */
public final class MediaCopies {
  private MediaCopies() {}

  public static void addTo(List<MediaFile> media, Map<String, byte[]> out, Diagnostics diagnostics, String contentPath) {
    for (MediaFile m : media) {
      try {
        out.put(m.sitePath(), Files.readAllBytes(m.source()));
      } catch (IOException e) {
        diagnostics.error(Code.IO_ERROR, SourcePos.fileStart(contentPath), "cannot read media file `" + m.sitePath() + "`: " + e.getMessage(),
            "check that the file is readable");
      }
    }
  }
}
