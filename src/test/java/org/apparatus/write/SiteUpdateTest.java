package org.apparatus.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteUpdateTest {
  @TempDir
  Path site;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void onlyChangedFilesAreWrittenAndFilesNoLongerBuiltAreRemovedWithTheirFolders() throws IOException {
    Map<String, byte[]> before = Map.of("index.html", utf8("home"), "a/index.html", utf8("a"), "b/c/index.html", utf8("c"));
    for (Map.Entry<String, byte[]> e : before.entrySet()) {
      Files.createDirectories(site.resolve(e.getKey()).getParent());
      Files.write(site.resolve(e.getKey()), e.getValue());
    }
    // a file whose bytes did not change is left alone: this mark shows it was not rewritten
    Files.writeString(site.resolve("index.html"), "untouched");
    Map<String, byte[]> after = Map.of("index.html", utf8("home"), "a/index.html", utf8("a, edited"), "d/index.html", utf8("d"));
    SiteUpdate.Changes changes = SiteUpdate.apply(before, after, site);
    assertEquals(new SiteUpdate.Changes(2, 1), changes);
    assertEquals("untouched", Files.readString(site.resolve("index.html")));
    assertEquals("a, edited", Files.readString(site.resolve("a/index.html")));
    assertEquals("d", Files.readString(site.resolve("d/index.html")));
    assertFalse(Files.exists(site.resolve("b")), "the folders the removed file leaves empty are removed");
    try (var left = Files.list(site.resolve("a"))) {
      assertEquals(1, left.count(), "no temporary file is left beside the written one");
    }
  }

  @Test
  void aPathThatLeavesTheSiteIsRefused() {
    IOException e = assertThrows(IOException.class, () -> SiteUpdate.apply(Map.of(), Map.of("../outside.html", utf8("x")), site));
    assertTrue(e.getMessage().contains("outside the site"), e.getMessage());
    assertFalse(Files.exists(site.resolveSibling("outside.html")));
  }
}
