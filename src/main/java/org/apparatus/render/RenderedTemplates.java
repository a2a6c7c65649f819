package org.apparatus.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apparatus.cache.CacheKey;
import org.apparatus.cache.Generations;

/**
 * What the templates wrote in the previous build of a series (a live preview's), kept for the next. A template's
 * output depends only on the template files and the view it is given, so a page whose view records equal the
 * previous build's, with the edition's template files unchanged, gets the same HTML without running the template.
 * Only renders that succeeded are kept; only those the last build asked for are carried to the next. A single build
 * keeps nothing.
 */
public final class RenderedTemplates {
  private final boolean remembers;
  private String templateFiles = "";
  private final Generations<List<Object>, String> outputs = new Generations<>();

  private RenderedTemplates(boolean remembers) {
    this.remembers = remembers;
  }

  public static RenderedTemplates none() {
    return new RenderedTemplates(false);
  }

  public static RenderedTemplates acrossBuilds() {
    return new RenderedTemplates(true);
  }

  /** Starts the next build, whose templates are read from {@code dir}: outputs made from other template files are dropped. */
  public synchronized void nextBuild(Path dir) {
    if (!remembers) {
      return;
    }
    String files = fingerprint(dir);
    if (files.equals(templateFiles)) {
      outputs.nextBuild();
    } else {
      outputs.nextBuildAfresh();
    }
    templateFiles = files;
  }

  String get(String template, Map<String, Object> model) {
    return remembers ? outputs.get(List.of(template, new HashMap<>(model))) : null;
  }

  void put(String template, Map<String, Object> model, String html) {
    if (remembers) {
      outputs.put(List.of(template, new HashMap<>(model)), html);
    }
  }

  /** The names and bytes of every file under {@code dir}; "" when there is no such directory. */
  private static String fingerprint(Path dir) {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return "";
    }
    CacheKey key = CacheKey.of("templates");
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted().toList()) {
        if (Files.isSymbolicLink(f)) {
          key.add("link " + dir.relativize(f)).add(Files.readSymbolicLink(f).toString());
        } else if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
          key.add(dir.relativize(f).toString()).add(Files.readAllBytes(f));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return "unreadable " + System.nanoTime(); // never equal to another build's: nothing is reused
    }
    return key.hex();
  }
}
