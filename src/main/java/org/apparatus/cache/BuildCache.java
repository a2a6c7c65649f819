package org.apparatus.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Results of slow work that only its inputs decide (formatted references, in-text citations, cite templates),
 * kept between builds in {@code .apparatus-cache/} at the edition's root. Each result is stored under a
 * {@link CacheKey} of everything that decides it, so a stored result is either what the work would give again or
 * never looked up. The directory is safe to delete; a file in it that is not exactly what this version wrote is
 * ignored and replaced. Nothing is read or written through a symbolic link, and nothing outside the directory.
 * After a build that did not fail, {@link #save} keeps what that build used, and only that.
 */
public final class BuildCache {
  public static final String DIRECTORY = ".apparatus-cache";
  static final String FILE = "citations.bin";
  private static final long MAX_FILE_BYTES = 64L << 20;
  private static final String TAG = "Signature: 8a477f597d28d172789f06886806bc55\n"
      + "# This directory holds a build cache of Apparatus; it can be deleted at any time.\n";

  /** Whether a build reads and writes the cache. */
  public enum Policy {
    /** Read what is stored, write what was used. */
    USE,
    /** Read what is stored, write nothing ({@code check}, which leaves the edition as it is). */
    READ,
    /** Read nothing, do all the work again, and store its results ({@code --fresh}). */
    FRESH,
    /** Neither read nor write: every result is made anew and forgotten. */
    NONE
  }

  /** Where {@link #save} writes; null for a cache that is never written. */
  private final Path directory;
  private final Map<String, List<String>> stored;
  /** What the last build stored, and what this one used. */
  private final Generations<String, List<String>> results;

  private BuildCache(Path directory, Map<String, List<String>> stored) {
    this.directory = directory;
    this.stored = stored;
    this.results = new Generations<>(stored);
  }

  /** A cache that holds results for one build only. */
  public static BuildCache none() {
    return new BuildCache(null, Map.of());
  }

  /** The cache of the edition at {@code root}; never fails: an unusable directory means no cache. */
  public static BuildCache open(Path root, Policy policy) {
    if (policy == Policy.NONE) {
      return none();
    }
    Path directory = root.toAbsolutePath().normalize().resolve(DIRECTORY);
    if (Files.exists(directory, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
      return none();
    }
    Map<String, List<String>> stored = policy == Policy.FRESH ? Map.of() : read(directory.resolve(FILE));
    return new BuildCache(policy == Policy.READ ? null : directory, stored);
  }

  private static Map<String, List<String>> read(Path file) {
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_FILE_BYTES) {
        return Map.of();
      }
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        return CacheFile.read(in.readNBytes((int) MAX_FILE_BYTES + 1)).orElse(Map.of());
      }
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }

  /** The result stored under {@code key}, if any; a result found is kept for the next build. */
  public Optional<List<String>> get(String key) {
    return Optional.ofNullable(results.get(key));
  }

  public void put(String key, List<String> value) {
    results.put(key, List.copyOf(value));
  }

  /**
   * Writes what this build used, when it differs from what was read: into a new file beside the old one, which is
   * then moved over it, so that a reader sees either file whole. A cache that cannot be written is left as it is:
   * the next build only takes longer.
   */
  public void save() {
    Map<String, List<String>> used = results.current();
    if (directory == null || used.equals(stored)) {
      return;
    }
    Path temp = null;
    try {
      if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectory(directory);
        Files.writeString(directory.resolve("CACHEDIR.TAG"), TAG, StandardCharsets.US_ASCII);
      }
      temp = Files.createTempFile(directory, FILE + ".", ".tmp");
      Files.write(temp, CacheFile.write(new TreeMap<>(used)));
      Files.move(temp, directory.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temp = null;
    } catch (IOException | RuntimeException e) {
      // an unwritable cache costs time, never the build
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // left for the next save to replace
        }
      }
    }
  }
}
