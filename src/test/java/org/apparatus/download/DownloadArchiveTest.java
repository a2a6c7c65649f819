package org.apparatus.download;

import org.apparatus.edition.BundledEdition;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The ZIP of the real edition: the whole site with its sources under one folder, the same bytes on every build. */
@BundledEdition
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DownloadArchiveTest {
  private static final String FOLDER = "iran-azerbaijan-and-the-non-response-debate-1.1.0/";
  private Build.Result result;
  private DownloadPaths paths;

  @BeforeAll
  void buildEdition() throws java.io.IOException {
    result = Fixtures.sharedEdition().result();
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    paths = DownloadPaths.of(result.resolved().edition().meta());
  }

  @Test
  void archiveHoldsTheSiteAndItsSourcesUnderOneFolder() throws Exception {
    assertEquals("downloads/" + FOLDER.replace("/", "") + ".zip", paths.zip());
    ZipEntries zip = ZipEntries.read(result.files().get(paths.zip()));

    List<String> sorted = new ArrayList<>(zip.names());
    sorted.sort(null);
    assertEquals(sorted, zip.names(), "entries are sorted");
    for (String name : zip.names()) {
      assertTrue(name.startsWith(FOLDER), name);
      assertFalse(name.endsWith(".zip"), "the archive never contains an archive: " + name);
      assertEquals(LocalDateTime.of(2026, 12, 1, 0, 0), zip.entries().get(name).getTimeLocal(), name);
    }
    for (Map.Entry<String, byte[]> file : result.files().entrySet()) {
      if (file.getKey().equals(paths.zip())) {
        continue;
      }
      byte[] archived = zip.bytes().get(FOLDER + "site/" + file.getKey());
      assertNotNull(archived, "site file missing from the archive: " + file.getKey());
      if (!file.getKey().equals("index.html")) {
        assertArrayEquals(file.getValue(), archived, file.getKey());
      }
    }
    for (String source : sourceFiles()) {
      assertArrayEquals(Files.readAllBytes(Fixtures.PROJECT.resolve(source)), zip.bytes().get(FOLDER + source), source);
    }
    assertTrue(zip.bytes().containsKey(FOLDER + "content/texts/movahedian.md"));
    assertTrue(zip.bytes().containsKey(FOLDER + "templates/home.ftlh"));
  }

  @Test
  void homePageLinksBothDownloadsAndItsArchivedCopyOnlyTheEpub() {
    Document home = html(result.files().get("index.html"));
    assertNotNull(home.selectFirst("a[href=" + paths.zip() + "]"), "home page links the ZIP");
    assertNotNull(home.selectFirst("a[href=" + paths.epub() + "]"), "home page links the EPUB");
    assertEquals("(" + DownloadLinks.humanSize(result.files().get(paths.epub()).length) + ")",
        home.selectFirst("[data-download-size=epub]").text());

    Document archived = html(ZipEntries.read(result.files().get(paths.zip())).bytes().get(FOLDER + "site/index.html"));
    assertTrue(archived.select("a[href=" + paths.zip() + "]").isEmpty(), "the archived home page cannot link the archive");
    assertNotNull(archived.selectFirst("a[href=" + paths.epub() + "]"));
  }

  @Test
  void anotherBuildGivesIdenticalBytes() {
    Build.Result again = Fixtures.build(Fixtures.PROJECT, Fixtures.TEMPLATES, Fixtures.PROJECT.resolve("site"), true, false);
    assertArrayEquals(result.files().get(paths.zip()), again.files().get(paths.zip()), "ZIP");
    assertArrayEquals(result.files().get(paths.epub()), again.files().get(paths.epub()), "EPUB");
  }

  @Test
  void hiddenFilesAndBuiltSitesAmongTheSourcesStayOut(@TempDir Path tmp) throws Exception {
    Path root = tmp.resolve("edition");
    Fixtures.copyTree(Fixtures.RESOURCES.resolve("fixtures/basic"), root);
    Files.writeString(root.resolve("content/.DS_Store"), "litter");
    Files.createDirectories(root.resolve("content/.cache"));
    Files.writeString(root.resolve("content/.cache/state"), "litter");
    Path oldSite = Files.createDirectories(root.resolve("content/old-site/downloads"));
    Files.write(oldSite.getParent().resolve(".nojekyll"), new byte[0]);
    Files.writeString(oldSite.resolve("fixture-edition-0.0.1.zip"), "previous archive");
    Files.writeString(root.resolve("README.md"), "# Fixture\n");

    Build.Result result = Fixtures.build(root, Fixtures.TEMPLATES, tmp.resolve("site"), true, false);
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    ZipEntries zip = ZipEntries.read(result.files().get("downloads/fixture-edition-0.0.1.zip"));
    String folder = "fixture-edition-0.0.1/";
    assertTrue(zip.bytes().containsKey(folder + "content/edition.yaml"));
    assertTrue(zip.bytes().containsKey(folder + "content/texts/alpha.md"));
    assertTrue(zip.bytes().containsKey(folder + "README.md"));
    assertFalse(zip.bytes().containsKey(folder + "LICENSE"), "a missing LICENSE is simply left out");
    for (String name : zip.names()) {
      assertFalse(name.contains("/.DS_Store") || name.contains("/.cache/") || name.contains("old-site"), name);
    }
  }

  private static Document html(byte[] bytes) {
    return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
  }

  /** The sources the archive must carry, relative to the project. */
  private static List<String> sourceFiles() throws Exception {
    List<String> sources = new ArrayList<>(List.of("README.md", "LICENSE"));
    for (String dir : List.of("content", "templates")) {
      try (Stream<Path> walk = Files.walk(Fixtures.PROJECT.resolve(dir))) {
        walk.filter(Files::isRegularFile).map(p -> Fixtures.PROJECT.relativize(p).toString().replace('\\', '/')).forEach(sources::add);
      }
    }
    return sources;
  }
}
