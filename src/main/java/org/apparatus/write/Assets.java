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
    try (Stream<Path> walk = Files.walk(assets)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        out.put("assets/" + assets.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
  }
}
