package org.apparatus.download;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ZIP of the whole edition: the built site under {@code <folder>/site/}, and beside it the
 * sources it was built from ({@code content/}, {@code templates/}, {@code README.md}, {@code LICENSE}),
 * laid out as in the project so that the unzipped folder can be read from disk or rebuilt.
 */
final class SourceArchive {
  private static final String SITE_MARKER = ".nojekyll";
  private final DownloadPaths paths;
  private final FixedTime time;
  private final Map<String, byte[]> entries = new TreeMap<>();

  SourceArchive(DownloadPaths paths, FixedTime time) {
    this.paths = paths;
    this.time = time;
  }

  /** Adds every site file except the archive itself. */
  SourceArchive site(Map<String, byte[]> files) {
    files.forEach((path, bytes) -> {
      if (!path.equals(paths.zip())) {
        entries.put(paths.folder() + "/site/" + path, bytes);
      }
    });
    return this;
  }

  /**
   * Adds the regular files under {@code dir} as {@code <folder>/<name>/…}; a missing directory adds
   * nothing. Hidden files and folders (editor and system litter, half-written build output) stay out,
   * and so does a built site found among the sources, which would carry the previous archive into
   * the next one.
   */
  SourceArchive tree(Path dir, String name) throws IOException {
    if (!Files.isDirectory(dir)) {
      return this;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        boolean skip = !d.equals(dir) && (hidden(d) || Files.exists(d.resolve(SITE_MARKER)));
        return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
        if (attrs.isRegularFile() && !hidden(f)) {
          String relative = dir.relativize(f).toString().replace('\\', '/');
          entries.put(paths.folder() + "/" + name + "/" + relative, Files.readAllBytes(f));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return this;
  }

  /** Adds one file at the top of the folder if it exists. */
  SourceArchive file(Path file) throws IOException {
    if (Files.isRegularFile(file)) {
      entries.put(paths.folder() + "/" + file.getFileName(), Files.readAllBytes(file));
    }
    return this;
  }

  byte[] zip() {
    ZipBuilder zip = new ZipBuilder(time);
    entries.forEach(zip::add);
    return zip.finish();
  }

  private static boolean hidden(Path p) {
    return p.getFileName().toString().startsWith(".");
  }
}
