package org.apparatus.anchors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.load.ContentLoader;
import org.apparatus.load.SourceFile;

/**
 * The committed record of every published anchor, {@code content/anchors.lock}. An edition without
 * one does not lock its anchors; {@code apparatus anchors --accept} creates it.
 *
 * @param path the lockfile's path relative to the project root, as diagnostics name it
 * @param present whether the file exists
 * @param readable whether it was read without syntax errors (entries of broken lines are missing)
 */
public record Lockfile(String path, boolean present, boolean readable, List<LockEntry> entries) {
  public static final String FILE_NAME = "anchors.lock";

  public Lockfile {
    entries = List.copyOf(entries);
  }

  /** Reads {@code <content>/anchors.lock} through the loader, so diagnostics can quote its lines. */
  public static Lockfile read(ContentLoader loader, Path contentDir, Diagnostics diagnostics) {
    Path file = contentDir.resolve(FILE_NAME);
    String path = loader.relative(file);
    if (!Files.exists(file)) {
      return new Lockfile(path, false, true, List.of());
    }
    Optional<SourceFile> source = loader.read(file);
    if (source.isEmpty()) {
      return new Lockfile(path, true, false, List.of());
    }
    return LockfileReader.read(source.get(), diagnostics);
  }
}
