package org.apparatus.export.tei;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The TEI of the fixtures with every construct, with verse and with variant readings, compared with golden files, so
 * that a reviewer sees the encoding.
 */
class TeiGoldenTest {
  @TempDir
  Path tmp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"constructs", "verse", "variants"})
  void fixtureMatchesGoldenTei(String name) throws Exception {
    Path fixture = Fixtures.RESOURCES.resolve("fixtures/" + name);
    Build.Result result = Fixtures.build(fixture, Fixtures.TEMPLATES, tmp, true, false);
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    List<String> exports = result.files().keySet().stream().filter(p -> p.endsWith(".tei.xml")).sorted().toList();
    assertFalse(exports.isEmpty(), "no TEI export in " + name);
    for (String path : exports) {
      Fixtures.assertGolden(fixture.resolve("expected").resolve(path),
          new String(result.files().get(path), StandardCharsets.UTF_8));
    }
  }
}
