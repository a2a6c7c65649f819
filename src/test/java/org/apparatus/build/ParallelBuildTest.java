package org.apparatus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apparatus.Fixtures;
import org.apparatus.parallel.Parallel;
import org.junit.jupiter.api.Test;

/**
 * The stages that spread their work over the cores give the same site and the same diagnostics as when the work is
 * done one item after another ({@link org.apparatus.parallel.Parallel#inSequence}), on the bundled edition and on every
 * fixture.
 * The bundled edition, the largest, is built in parallel twice, so that a race has more room to show. (The invalid
 * fixtures' diagnostics are compared with their golden files, which sequential builds wrote.)
 */
class ParallelBuildTest {
  @Test
  void theBundledEditionIsTheSameBuiltInParallelAndInSequence() {
    assertSameInParallel("the bundled edition", Fixtures.PROJECT, Fixtures.PROJECT.resolve("content"), 2);
  }

  @Test
  void everyFixtureIsTheSameBuiltInParallelAndInSequence() throws IOException {
    for (Path fixture : children(Fixtures.RESOURCES.resolve("fixtures"))) {
      assertSameInParallel("fixture " + fixture.getFileName(), fixture, fixture.resolve("content"), 1);
    }
  }

  /** Asserts that each of {@code repeats} parallel builds equals the sequential one. */
  private static void assertSameInParallel(String what, Path root, Path content, int repeats) {
    Build.Result sequential = Parallel.inSequence(() -> build(root, content));
    for (int i = 0; i < repeats; i++) {
      Build.Result parallel = build(root, content);
      assertEquals(SameBuild.printed(sequential), SameBuild.printed(parallel), what + ": the diagnostics");
      assertEquals(sequential.failed(), parallel.failed(), what + ": whether the build failed");
      SameBuild.assertSameFiles(what + ", built in parallel", sequential.files(), parallel.files());
    }
  }

  private static Build.Result build(Path root, Path content) {
    Path templates = Files.isDirectory(root.resolve("templates")) ? root.resolve("templates") : Fixtures.TEMPLATES;
    return Build.run(new Build.Options(root, content, templates, root.resolve("unused-site"), null, false, false));
  }

  private static java.util.List<Path> children(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    }
  }
}
