package org.apparatus.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apparatus.theme.BuiltInTheme;

/**
 * Copies the static assets (CSS, JS, fonts) into the output set: the built-in theme's, then the edition's own
 * {@code templates/assets/}, whose files replace the built-in ones of the same name.
 */
public final class Assets {
  private static final String PREFIX = "assets/";

  private Assets() {}

  public static void addFrom(Path templatesDir, Map<String, byte[]> out) throws IOException {
    BuiltInTheme.files().forEach((name, bytes) -> {
      if (name.startsWith(PREFIX)) {
        out.put(name, bytes);
      }
    });
    Path assets = templatesDir.resolve("assets");
    if (!Files.isDirectory(assets)) {
      return;
    }
    Path real = assets.toRealPath();
    try (Stream<Path> walk = Files.walk(assets)) {
      // a link that leads out of the templates is reported when they are loaded, and never copied
      for (Path p : walk.filter(Files::isRegularFile).filter(p -> inside(p, real)).sorted().toList()) {
        out.put(PREFIX + assets.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
  }

  private static boolean inside(Path file, Path realRoot) {
    try {
      return file.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return false;
    }
  }
}
