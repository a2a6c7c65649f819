package org.apparatus.starter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.apparatus.theme.ResourceTree;

/**
 * The small edition {@code apparatus init} writes: two public-domain texts with a note of each kind, two glossary
 * terms, three references, an introduction, a commented edition.yaml, an empty anchors lock, a .gitignore and the
 * GitHub Pages workflow. Files whose name starts with {@value #DOT} are written with a leading dot instead (the
 * build leaves dot files out of the jar's resources).
 */
public final class StarterEdition {
  public static final String RESOURCE_ROOT = "org/apparatus/starter/files";
  private static final String DOT = "dot-";

  private StarterEdition() {}

  /** The starter's files by their path in the new edition, e.g. {@code content/texts/gettysburg.md}, {@code .gitignore}. */
  public static List<String> paths() {
    return files().keySet().stream().map(StarterEdition::target).toList();
  }

  /** Whether {@code dir} may be written into without {@code --force}: it does not exist or is empty. */
  public static boolean isEmpty(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return true;
    }
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  /** Writes every file of the starter under {@code dir}, replacing files of the same name; returns what it wrote. */
  public static List<Path> writeTo(Path dir) throws IOException {
    List<Path> written = new ArrayList<>();
    for (var e : files().entrySet()) {
      Path target = dir.resolve(target(e.getKey()));
      Files.createDirectories(target.getParent());
      Files.write(target, e.getValue());
      written.add(target);
    }
    return written;
  }

  private static SortedMap<String, byte[]> files() {
    return ResourceTree.read(RESOURCE_ROOT, "dot-gitignore");
  }

  private static String target(String resource) {
    StringBuilder b = new StringBuilder();
    for (String part : resource.split("/")) {
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(part.startsWith(DOT) ? "." + part.substring(DOT.length()) : part);
    }
    return b.toString();
  }
}
