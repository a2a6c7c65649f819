package org.apparatus.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The book of an edition of every construct: valid EPUB 3, its images inside, its footnotes and tables kept. */
class FixtureEpubTest {
  @TempDir
  Path tmp;

  @Test
  void everyConstructReachesAValidBook() throws Exception {
    Path root = Fixtures.RESOURCES.resolve("fixtures/constructs");
    Build.Result result = Fixtures.build(root, Fixtures.TEMPLATES, tmp.resolve("site"), true, false);
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    byte[] epub = result.files().get(DownloadPaths.of(result.resolved().edition().meta()).epub());
    Path file = tmp.resolve("constructs.epub");
    Files.write(file, epub);
    assertEquals(List.of(), EpubProblems.of(file), "EPUBCheck problems");
    String chapter = "";
    boolean image = false;
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals("EPUB/media/texts/images/bridge.png")) {
          image = true;
        } else if (e.getName().equals("EPUB/text-chapter.xhtml")) {
          chapter = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    assertTrue(image, "the figure's image is in the book");
    assertTrue(chapter.contains("src=\"media/texts/images/bridge.png\""), "the chapter shows the image from inside the book");
    assertTrue(chapter.contains("<table>") && chapter.contains("Table of events"), "the table and its caption");
    assertTrue(chapter.contains("A quotation from another writer"), "the block quote");
  }

  @Test
  void theApparatusCriticusIsInTheBookAfterItsText() throws Exception {
    Path root = Fixtures.RESOURCES.resolve("fixtures/variants");
    Build.Result result = Fixtures.build(root, Fixtures.TEMPLATES, tmp.resolve("variants-site"), true, false);
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    Path file = tmp.resolve("variants.epub");
    Files.write(file, result.files().get(DownloadPaths.of(result.resolved().edition().meta()).epub()));
    assertEquals(List.of(), EpubProblems.of(file), "EPUBCheck problems");
    String chapter = "";
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals("EPUB/text-address.xhtml")) {
          chapter = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(chapter);
    assertEquals(6, doc.select(".apparatus-criticus li.app-entry").size(), "every entry, as a list");
    assertEquals("\u00B61 lovely] A; lovelier P", doc.selectFirst("#v-lovely").text());
    assertTrue(doc.select(".witness-list dt").eachText().containsAll(List.of("A", "P")), "the witnesses");
    assertTrue(doc.select(".witness-view, select").isEmpty(), "no witness chooser, which needs a script");
    assertTrue(doc.selectFirst(".body").text().contains("lovely"), "the reading text");
  }
}
