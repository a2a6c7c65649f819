package org.apparatus.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A directory of files shipped on the class path (in the jar, or in the build's classes directory when testing). */
public final class ResourceTree {
  private ResourceTree() {}

  /**
   * Every file under the resource directory {@code root}, by its path relative to it, read in full.
   *
   * @param marker a file known to be directly under {@code root}, used to find where the directory is
   */
  public static SortedMap<String, byte[]> read(String root, String marker) {
    URL url = ResourceTree.class.getClassLoader().getResource(root + "/" + marker);
    if (url == null) {
      throw new IllegalStateException(root + " is missing from the class path");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        String jar = uri.getRawSchemeSpecificPart();
        Path jarFile = Path.of(URI.create(jar.substring(0, jar.indexOf("!/"))));
        // A private view of the jar, so that nobody else's open view of it is shared or closed.
        try (FileSystem fs = FileSystems.newFileSystem(jarFile, (ClassLoader) null)) {
          return walk(fs.getPath("/" + root));
        }
      }
      return walk(Path.of(uri).getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + root + " from the class path", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate " + root + ": " + url, e);
    }
  }

  private static SortedMap<String, byte[]> walk(Path dir) throws IOException {
    SortedMap<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        try (InputStream in = Files.newInputStream(p)) {
          out.put(dir.relativize(p).toString().replace('\\', '/'), in.readAllBytes());
        }
      }
    }
    return out;
  }

}
