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

  /** The swap did not complete; {@link #getMessage()} says in what state it left the site. */
  public static final class WriteFailure extends IOException {
    private final boolean previousSiteIntact;

    WriteFailure(String message, boolean previousSiteIntact, Throwable cause) {
      super(message, cause);
      this.previousSiteIntact = previousSiteIntact;
    }

    /** True when the site directory holds exactly what it held before the build. */
    public boolean previousSiteIntact() {
      return previousSiteIntact;
    }
  }

  /**
   * Writes the new site and swaps it in. Returns a note for the editor when the new site is in
   * place but the previous one could not be removed completely; empty otherwise.
   *
   * @throws WriteFailure if the new site is not in place, saying whether the previous one is
   */
  public static java.util.Optional<String> write(Map<String, byte[]> files, Path siteDir) throws WriteFailure {
    Path target = siteDir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Path staging;
    try {
      Files.createDirectories(parent);
      refuseIfNotReplaceable(target);
      staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
    } catch (WriteFailure e) {
      throw e;
    } catch (IOException e) {
      throw new WriteFailure("cannot prepare the new site next to " + target.getFileName() + ": " + reason(e)
          + "; the previous site was left unchanged", true, e);
    }
    try {
      Files.setPosixFilePermissions(staging, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: the default permissions apply
    }
    try {
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        Path out = inside(staging, e.getKey());
        Files.createDirectories(out.getParent());
        Files.write(out, e.getValue());
      }
    } catch (IOException | RuntimeException e) {
      deleteQuietly(staging);
      throw new WriteFailure("cannot write the new site: " + reason(e) + "; the previous site was left unchanged", true, e);
    }
    return swap(staging, target);
  }

  /** Where a file of the site goes under {@code site}; a path that would leave the directory is refused. */
  static Path inside(Path site, String path) throws IOException {
    Path out = site.resolve(path).normalize();
    if (!out.startsWith(site) || out.equals(site)) {
      throw new IOException("refusing to write outside the site: " + path);
    }
    return out;
  }

  /**
   * The previous site is only moved aside once it is certain it can also be removed: every folder
   * in it must be writable. Otherwise the swap would leave it half deleted.
   */
  private static void refuseIfNotReplaceable(Path target) throws IOException {
    if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw new WriteFailure(target.getFileName() + " exists and is not a directory; the previous site was left unchanged", true, null);
    }
    try (Stream<Path> walk = Files.walk(target)) {
      for (Path dir : walk.filter(p -> Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
        if (!Files.isWritable(dir)) {
          throw new WriteFailure("the previous site cannot be replaced: " + target.relativize(dir).toString().replace('\\', '/')
              + (dir.equals(target) ? target.getFileName() : "") + " is not writable; the previous site was left unchanged", true, null);
        }
      }
    }
  }

  private static java.util.Optional<String> swap(Path staging, Path target) throws WriteFailure {
    Path old = null;
    if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
      try {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        deleteQuietly(staging);
        throw new WriteFailure("cannot move the previous site aside: " + reason(e) + "; the previous site was left unchanged", true, e);
      }
    }
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (old == null) {
        deleteQuietly(staging);
        throw new WriteFailure("cannot move the new site into place: " + reason(e), true, e);
      }
      try {
        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException restore) {
        throw new WriteFailure("cannot move the new site into place (" + reason(e) + ") nor the previous one back (" + reason(restore)
            + "): the previous site is in " + old.getFileName() + " and the new one in " + staging.getFileName(), false, e);
      }
      deleteQuietly(staging);
      throw new WriteFailure("cannot move the new site into place: " + reason(e) + "; the previous site was restored", true, e);
    }
    if (old != null) {
      try {
        deleteTree(old);
      } catch (IOException e) {
        return java.util.Optional.of("the new site is in place, but the previous one could not be removed completely: "
            + reason(e) + "; delete " + old + " by hand");
      }
    }
    return java.util.Optional.empty();
  }

  private static String reason(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void deleteQuietly(Path dir) {
    try {
      deleteTree(dir);
    } catch (IOException e) {
      // a leftover temporary folder starting with '.' is harmless
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
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
