package org.apparatus.export.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every TEI file the build writes, for every fixture edition and for the bundled edition, is valid against TEI
 * All (RELAX NG, checked by Jing) and every pointer in it to {@code #id} finds its element.
 */
class TeiValidityTest {
  private static TeiSchema schema;

  @TempDir
  Path tmp;

  @BeforeAll
  static void loadSchema() throws Exception {
    schema = new TeiSchema();
  }

  @TestFactory
  Stream<DynamicTest> everyFixtureExportsValidTei() throws Exception {
    return Files.list(Fixtures.RESOURCES.resolve("fixtures")).sorted().map(dir -> DynamicTest.dynamicTest(
        dir.getFileName().toString(),
        () -> assertValid(Fixtures.build(dir, Fixtures.TEMPLATES, tmp.resolve(dir.getFileName()), true, false))));
  }

  @Test
  void bundledEditionExportsValidTei() throws Exception {
    assertValid(Fixtures.sharedEdition().result());
  }

  @Test
  void absoluteAddressesUnderABaseUrlAreValidToo() throws Exception {
    Path fixture = Fixtures.RESOURCES.resolve("fixtures/constructs");
    Build.Result result = Build.run(new Build.Options(fixture, fixture.resolve("content"), Fixtures.TEMPLATES,
        tmp.resolve("with-base"), "https://example.org/edition/", true, false));
    assertValid(result);
    String chapter = new String(result.files().get("exports/chapter.tei.xml"), StandardCharsets.UTF_8);
    assertTrue(chapter.contains("<idno>https://example.org/edition/exports/chapter.tei.xml</idno>"), chapter);
    assertTrue(chapter.contains("url=\"https://example.org/edition/media/texts/images/bridge.png\""), chapter);
  }

  @Test
  void eachTextPageLinksToItsTeiAndTheArchiveHoldsIt() throws Exception {
    Path fixture = Fixtures.RESOURCES.resolve("fixtures/constructs");
    Build.Result result = Fixtures.build(fixture, Fixtures.TEMPLATES, tmp.resolve("links"), true, false);
    Set<String> archived = new HashSet<>();
    for (Map.Entry<String, byte[]> e : result.files().entrySet()) {
      if (e.getKey().endsWith(".zip")) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(e.getValue()))) {
          for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            archived.add(entry.getName().substring(entry.getName().indexOf('/') + 1));
          }
        }
      }
    }
    for (String text : List.of("chapter", "ghazal")) {
      String page = new String(result.files().get(text + "/index.html"), StandardCharsets.UTF_8);
      assertTrue(page.contains("href=\"../exports/" + text + ".tei.xml\""), text + " links to its TEI");
      assertTrue(archived.contains("site/exports/" + text + ".tei.xml"), () -> text + " in the archive: " + archived);
    }
  }

  @Test
  void schemaReportsWhatTeiAllForbidsWithItsLine() throws Exception {
    byte[] invalid = ("<?xml version=\"1.0\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<teiHeader/>\n"
        + "<text><body><p><div/></p></body></text>\n</TEI>\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<String> problems = schema.problems("broken.tei.xml", invalid);
    assertFalse(problems.isEmpty(), "an empty teiHeader and a div inside a paragraph are invalid");
    assertTrue(problems.get(0).startsWith("broken.tei.xml:3:"), () -> problems.toString());
  }

  private static void assertValid(Build.Result result) throws Exception {
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    List<String> problems = new ArrayList<>();
    int files = 0;
    for (Map.Entry<String, byte[]> e : result.files().entrySet()) {
      if (e.getKey().endsWith(".tei.xml")) {
        files++;
        problems.addAll(schema.problems(e.getKey(), e.getValue()));
        problems.addAll(TeiPointers.unresolved(e.getKey(), e.getValue()));
      }
    }
    assertTrue(files > 0, "no TEI file was written");
    assertEquals(List.of(), problems, () -> String.join("\n", problems));
  }
}
