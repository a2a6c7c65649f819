package org.apparatus.theme;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The default templates and assets, shipped inside the jar under {@value #RESOURCE_ROOT}. An edition's own
 * {@code templates/} directory overrides them file by file: a file there replaces the built-in file of the same
 * name, and every other name falls back to the theme.
 */
public final class BuiltInTheme {
  public static final String RESOURCE_ROOT = "org/apparatus/theme/files";
  /** How diagnostics name a built-in file, so that it is never mistaken for a file of the edition. */
  public static final String DISPLAY_ROOT = "<built-in theme>";
  private static final String MARKER = "layout.ftlh";
  private static volatile SortedMap<String, byte[]> files;

  private BuiltInTheme() {}

  /** Every file of the theme by its relative name ({@code text.ftlh}, {@code assets/style.css}), sorted. */
  public static SortedMap<String, byte[]> files() {
    SortedMap<String, byte[]> loaded = files;
    if (loaded == null) {
      loaded = Collections.unmodifiableSortedMap(load());
      files = loaded;
    }
    return loaded;
  }

  public static Optional<byte[]> file(String name) {
    return Optional.ofNullable(files().get(name));
  }

  /** The theme's template names ({@code *.ftlh}). */
  public static java.util.List<String> templateNames() {
    return files().keySet().stream().filter(n -> n.endsWith(".ftlh")).toList();
  }

  private static SortedMap<String, byte[]> load() {
    return ResourceTree.read(RESOURCE_ROOT, MARKER);
  }
}
