package org.apparatus.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;

/**
 * Keeps reading inside one directory tree: a symbolic link may point anywhere inside it, but one
 * that leads out of it (or nowhere) is an error at the link, and the file behind it is never read.
 */
public final class RootGuard {
  private final Path root;
  private final Path realRoot;
  private final String what;
  private final Function<Path, String> relative;
  private final Diagnostics diagnostics;
  private final Set<Path> reported = new HashSet<>();

  /**
   * @param what how the root is named in messages, e.g. "the content directory"
   * @param relative how a path is named in diagnostics
   */
  public RootGuard(Path root, String what, Function<Path, String> relative, Diagnostics diagnostics) {
    this.root = root.toAbsolutePath().normalize();
    this.realRoot = realPath(this.root).orElse(this.root);
    this.what = what;
    this.relative = relative;
    this.diagnostics = diagnostics;
  }

  /** Reports every symbolic link under the root that leads out of it or to nothing. */
  public void checkTree() {
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(root)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isSymbolicLink()) {
            allows(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      diagnostics.error(Code.IO_ERROR, SourcePos.fileStart(relative.apply(root)), "cannot list directory: " + e.getMessage(), "");
    }
  }

  /** Whether {@code file} may be read: its real path is inside the root. Reported once if not. */
  public boolean allows(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Optional<Path> real = realPath(abs);
    if (real.isPresent() && real.get().startsWith(realRoot)) {
      return true;
    }
    if (reported.add(abs)) {
      diagnostics.error(Code.UNSAFE_PATH, SourcePos.fileStart(relative.apply(abs)),
          real.isEmpty() ? "symbolic link leads to nothing" : "symbolic link leads out of " + what,
          "copy the file into " + what + " instead of linking to it; nothing outside it is read");
    }
    return false;
  }

  private static Optional<Path> realPath(Path p) {
    try {
      return Optional.of(p.toRealPath());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
