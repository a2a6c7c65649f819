package org.apparatus.anchors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apparatus.Fixtures;

/**
 * The anchor fixtures in {@code src/test/resources/anchors/}: {@code base} is version 1.0.0 with its
 * lockfile; each scenario is a later version, written as files laid over the base (its own
 * {@code content/}) plus the base files it deletes ({@code delete.txt}).
 */
final class AnchorScenarios {
  static final Path DIR = Fixtures.RESOURCES.resolve("anchors");

  private AnchorScenarios() {}

  /** Copies the base edition with the scenario laid over it into {@code work}; returns the project root. */
  static Path copy(String scenario, Path work) throws IOException {
    Path root = work.resolve(scenario);
    Fixtures.copyTree(DIR.resolve("base/content"), root.resolve("content"));
    if (scenario.equals("base")) {
      return root;
    }
    Path overlay = DIR.resolve(scenario);
    Fixtures.copyTree(overlay.resolve("content"), root.resolve("content"));
    Path deletions = overlay.resolve("delete.txt");
    if (Files.exists(deletions)) {
      for (String file : Files.readAllLines(deletions)) {
        if (!file.isBlank()) {
          Files.delete(root.resolve(file.strip()));
        }
      }
    }
    return root;
  }
}
