package org.apparatus.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apparatus.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The swap replaces the site completely or not at all, and its message says which. */
class SiteWriterTest {
  private static final Map<String, byte[]> NEW_SITE = Map.of("index.html", bytes("new"), "a/b.html", bytes("new b"));

  @Test
  void aCompleteSwapReplacesTheSiteAndLeavesNothingBehind(@TempDir Path tmp) throws IOException {
    Path site = oldSite(tmp);
    assertEquals(Optional.empty(), SiteWriter.write(NEW_SITE, site));
    assertEquals("new", Files.readString(site.resolve("index.html")));
    assertTrue(Files.notExists(site.resolve("old/page.html")));
    assertEquals(List.of("site"), siblings(tmp));
  }

  @Test
  void aSiteThatIsAFileIsLeftAsItWasAndTheMessageSaysSo(@TempDir Path tmp) throws IOException {
    Path site = tmp.resolve("site");
    Files.writeString(site, "not a directory");
    SiteWriter.WriteFailure failure = assertThrows(SiteWriter.WriteFailure.class, () -> SiteWriter.write(NEW_SITE, site));
    assertTrue(failure.previousSiteIntact());
    assertTrue(failure.getMessage().endsWith("the previous site was left unchanged"), failure.getMessage());
    assertEquals("not a directory", Files.readString(site));
    assertEquals(List.of("site"), siblings(tmp));
  }

  @Test
  void aReadOnlySiteIsNotTouchedAtAll(@TempDir Path tmp) throws IOException {
    Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
        "runs as root, for whom no directory is read-only: the read-only case cannot be set up");
    Path site = oldSite(tmp);
    String before = Fixtures.treeDigest(site);
    Files.setPosixFilePermissions(site.resolve("old"), PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      SiteWriter.WriteFailure failure = assertThrows(SiteWriter.WriteFailure.class, () -> SiteWriter.write(NEW_SITE, site));
      assertTrue(failure.previousSiteIntact());
      assertTrue(failure.getMessage().contains("old is not writable"), failure.getMessage());
      assertEquals(before, Fixtures.treeDigest(site));
      assertEquals(List.of("site"), siblings(tmp));
    } finally {
      Files.setPosixFilePermissions(site.resolve("old"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private static Path oldSite(Path tmp) throws IOException {
    Path site = tmp.resolve("site");
    Files.createDirectories(site.resolve("old"));
    Files.writeString(site.resolve("index.html"), "old");
    Files.writeString(site.resolve("old/page.html"), "old page");
    return site;
  }

  private static List<String> siblings(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
