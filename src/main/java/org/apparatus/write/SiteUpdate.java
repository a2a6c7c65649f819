package org.apparatus.write;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;

/**
 * Brings a site directory that holds a known earlier build up to date in place: only files whose
 * bytes changed are written, each renamed into place whole so that a server never reads half of
 * one, and files the new build no longer has are removed with the folders they leave empty.
 */
public final class SiteUpdate {
  private SiteUpdate() {}

  /** What the update did, in files. */
  public record Changes(int written, int removed) {}

  public static Changes apply(Map<String, byte[]> before, Map<String, byte[]> after, Path siteDir) throws IOException {
    Path site = siteDir.toAbsolutePath().normalize();
    int written = 0;
    int removed = 0;
    for (Map.Entry<String, byte[]> e : after.entrySet()) {
      byte[] old = before.get(e.getKey());
      if (old != null && Arrays.equals(old, e.getValue())) {
        continue;
      }
      Path out = SiteWriter.inside(site, e.getKey());
      Files.createDirectories(out.getParent());
      Path pending = Files.createTempFile(out.getParent(), "." + out.getFileName(), ".new");
      try {
        Files.write(pending, e.getValue());
        Files.move(pending, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(pending);
      }
      written++;
    }
    for (String path : before.keySet()) {
      if (!after.containsKey(path)) {
        Path gone = SiteWriter.inside(site, path);
        Files.deleteIfExists(gone);
        removeEmptyFolders(gone.getParent(), site);
        removed++;
      }
    }
    return new Changes(written, removed);
  }

  private static void removeEmptyFolders(Path dir, Path site) throws IOException {
    for (Path d = dir; d != null && d.startsWith(site) && !d.equals(site); d = d.getParent()) {
      if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try {
        Files.delete(d);
      } catch (DirectoryNotEmptyException e) {
        return;
      }
    }
  }
}
