package org.apparatus.download;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import org.apparatus.model.EditionMeta;
import org.apparatus.model.GlossaryLinking;
import org.junit.jupiter.api.Test;

class DownloadPathsTest {
  @Test
  void namesComeFromTitleAndVersion() {
    DownloadPaths p = DownloadPaths.of(meta("Iran, Azerbaijan and the Non-Response Debate", "1.0.0"));
    assertEquals("iran-azerbaijan-and-the-non-response-debate-1.0.0", p.folder());
    assertEquals("downloads/iran-azerbaijan-and-the-non-response-debate-1.0.0.zip", p.zip());
    assertEquals("downloads/iran-azerbaijan-and-the-non-response-debate-1.0.0.epub", p.epub());
  }

  @Test
  void unsafeVersionCharactersBecomeHyphens() {
    assertEquals("edition-2-beta-1", DownloadPaths.of(meta("Édition", "2 beta/1")).folder());
    assertEquals("edition", DownloadPaths.of(meta("Édition", "")).folder());
  }

  @Test
  void timestampIsTheEditionDateOrTheEarliestZipDate() {
    assertEquals(LocalDateTime.of(2026, 11, 22, 0, 0), FixedTime.of("2026-11-22").local());
    assertEquals("2026-11-22T00:00:00Z", FixedTime.of("2026-11-22").iso());
    assertEquals(FixedTime.FALLBACK, FixedTime.of("November 2026").local());
    assertEquals(FixedTime.FALLBACK, FixedTime.of("1975-01-01").local());
  }

  private static EditionMeta meta(String title, String version) {
    return new EditionMeta(title, "", List.of(), version, "2026-11-22", "", "chicago-author-date", "en", "", "", "",
        GlossaryLinking.FIRST_PER_SECTION);
  }
}
