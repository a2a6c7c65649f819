package org.apparatus.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the site next to its destination and swaps it in only when complete, so a failed or
 * interrupted build leaves the previous site as it was.
 */
public final class SiteWriter {
  private SiteWriter() {}

  public static void write(Map<String, byte[]> files, Path siteDir) throws IOException {
    Path target = siteDir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
    try {
      Files.setPosixFilePermissions(staging, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the default permissions apply
    }
    try {
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        Path out = staging.resolve(e.getKey()).normalize();
        if (!out.startsWith(staging)) {
          throw new IOException("refusing to write outside the site: " + e.getKey());
        }
        Files.createDirectories(out.getParent());
        Files.write(out, e.getValue());
      }
      swap(staging, target);
    } catch (IOException | RuntimeException e) {
      deleteTree(staging);
      throw e;
    }
  }

  private static void swap(Path staging, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (old != null) {
        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      }
      throw e;
    }
    if (old != null) {
      deleteTree(old);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
