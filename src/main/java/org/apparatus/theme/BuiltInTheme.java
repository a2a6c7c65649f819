package org.apparatus.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The default templates and assets, shipped inside the jar under {@value #RESOURCE_ROOT}. An edition's own
 * {@code templates/} directory overrides them file by file: a file there replaces the built-in file of the same
 * name, and every other name falls back to the theme.
 */
public final class BuiltInTheme {
  public static final String RESOURCE_ROOT = "org/apparatus/theme";
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
    URL marker = BuiltInTheme.class.getClassLoader().getResource(RESOURCE_ROOT + "/" + MARKER);
    if (marker == null) {
      throw new IllegalStateException("the built-in theme is missing from the class path (" + RESOURCE_ROOT + ")");
    }
    try {
      URI uri = marker.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem jar = openJar(uri)) {
          return read(jar.getPath("/" + RESOURCE_ROOT));
        }
      }
      return read(Path.of(uri).getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in theme", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the built-in theme: " + marker, e);
    }
  }

  private static FileSystem openJar(URI uri) throws IOException {
    try {
      FileSystems.getFileSystem(uri);
      // Someone else opened the jar: read through a fresh, private view of it instead of closing theirs.
      String jar = uri.getSchemeSpecificPart();
      return FileSystems.newFileSystem(Path.of(URI.create(jar.substring(0, jar.indexOf("!/")))), (ClassLoader) null);
    } catch (FileSystemNotFoundException e) {
      return FileSystems.newFileSystem(uri, Map.of());
    }
  }

  private static SortedMap<String, byte[]> read(Path root) throws IOException {
    SortedMap<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String name = root.relativize(p).toString().replace('\\', '/');
        try (InputStream in = Files.newInputStream(p)) {
          out.put(name, in.readAllBytes());
        }
      }
    }
    return out;
  }
}
