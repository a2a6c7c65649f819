package org.apparatus.export.tei;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;

/**
 * Reports, once per source position, a character left out of the TEI export because XML 1.0 does not allow it. The
 * texts are exported side by side, so reports may come from several threads.
 */
final class DroppedCharacters {
  private final Diagnostics diagnostics;
  private final Set<SourcePos> reported = new HashSet<>();

  DroppedCharacters(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  synchronized void report(SourcePos at, int codePoint) {
    if (reported.add(at)) {
      diagnostics.warning(Code.XML_CHARACTER, at,
          String.format(Locale.ROOT, "character U+%04X cannot be written in XML and is left out of the TEI export", codePoint),
          "delete the control character (or unpaired surrogate) from the source");
    }
  }
}
