package org.apparatus.export.tei;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TEI of the fixture with every construct, compared with golden files, so that a reviewer sees the encoding. */
class TeiGoldenTest {
  @TempDir
  Path tmp;

  @Test
  void constructsFixtureMatchesGoldenTei() throws Exception {
    Path fixture = Fixtures.RESOURCES.resolve("fixtures/constructs");
    Build.Result result = Fixtures.build(fixture, Fixtures.TEMPLATES, tmp, true, false);
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    for (String text : new String[] {"chapter", "ghazal"}) {
      String path = "exports/" + text + ".tei.xml";
      Fixtures.assertGolden(fixture.resolve("expected").resolve(path),
          new String(result.files().get(path), StandardCharsets.UTF_8));
    }
  }
}
