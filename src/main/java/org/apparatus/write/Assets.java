package org.apparatus.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** Copies the static assets that ship with the templates (CSS, JS, fonts) into the output set. */
public final class Assets {
  private Assets() {}

  public static void addFrom(Path templatesDir, Map<String, byte[]> out) throws IOException {
    Path assets = templatesDir.resolve("assets");
    if (!Files.isDirectory(assets)) {
      return;
    }
    Path real = assets.toRealPath();
    try (Stream<Path> walk = Files.walk(assets)) {
      // a link that leads out of the templates is reported when they are loaded, and never copied
      for (Path p : walk.filter(Files::isRegularFile).filter(p -> inside(p, real)).sorted().toList()) {
        out.put("assets/" + assets.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
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
