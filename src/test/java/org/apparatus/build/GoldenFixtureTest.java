package org.apparatus.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apparatus.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Fixture editions in, normalised HTML of each page's main content out, compared with golden files. */
class GoldenFixtureTest {
  @TempDir
  Path tmp;

  @TestFactory
  Stream<DynamicTest> fixturesMatchGoldenHtml() throws Exception {
    Path fixtures = Fixtures.RESOURCES.resolve("fixtures");
    return Files.list(fixtures).sorted().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      Build.Result result = Fixtures.build(dir, Fixtures.TEMPLATES, tmp.resolve(dir.getFileName()), true, false);
      assertFalse(result.failed(), () -> "fixture " + dir.getFileName() + " must build strict: " + result.diagnostics().sorted());
      for (Map.Entry<String, byte[]> e : result.files().entrySet()) {
        if (!e.getKey().endsWith(".html")) {
          continue;
        }
        Document doc = Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8));
        doc.outputSettings().indentAmount(1).prettyPrint(true);
        String main = doc.selectFirst("main") == null ? doc.body().outerHtml() : doc.selectFirst("main").outerHtml();
        Fixtures.assertGolden(dir.resolve("expected").resolve(e.getKey()), main + "\n");
      }
      assertTrue(result.files().containsKey("index.html"));
    }));
  }
}
