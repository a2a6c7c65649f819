package org.apparatus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apparatus.Fixtures;
import org.apparatus.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each broken edition fails with its golden diagnostics (each headline with its hint), exit code 1, and leaves an
 * existing site/ byte-for-byte untouched.
 */
class InvalidFixtureTest {
  @TempDir
  Path tmp;

  @TestFactory
  Stream<DynamicTest> invalidFixturesFailWithGoldenDiagnostics() throws Exception {
    Path fixtures = Fixtures.RESOURCES.resolve("invalid");
    return Files.list(fixtures).sorted().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      Path work = tmp.resolve(dir.getFileName());
      Fixtures.copyTree(dir.resolve("content"), work.resolve("content"));
      // The built-in theme renders every fixture; a fixture's own templates/ overrides some of its files.
      Path templates = work.resolve("templates");
      if (Files.isDirectory(dir.resolve("templates"))) {
        Fixtures.copyTree(dir.resolve("templates"), templates);
      }
      Path site = work.resolve("site");
      Files.createDirectories(site.resolve("old"));
      Files.writeString(site.resolve("index.html"), "previous good build", StandardCharsets.UTF_8);
      Files.writeString(site.resolve("old/page.html"), "keep me", StandardCharsets.UTF_8);
      String before = Fixtures.treeDigest(site);

      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      String previous = System.getProperty("user.dir");
      int code = runIn(work, new PrintWriter(out), new PrintWriter(err));
      assertEquals(1, code, () -> "exit code for " + dir.getFileName() + "\n" + err);
      assertEquals(before, Fixtures.treeDigest(site), "a failed build must not touch the existing site");
      String headlines = err.toString().lines()
          .filter(l -> l.matches("^\\S+:\\d+:\\d+: (error|warning)\\[[A-Z0-9_]+\\]: .*") || l.startsWith("  = help: "))
          .collect(Collectors.joining("\n")) + "\n";
      Fixtures.assertGolden(dir.resolve("expected-diagnostics.txt"), headlines);
      assertEquals(previous, System.getProperty("user.dir"));
    }));
  }

  private static int runIn(Path work, PrintWriter out, PrintWriter err) {
    return Main.run(out, err, "build", "--strict",
        "--content", work.resolve("content").toString(),
        "--templates", work.resolve("templates").toString(),
        "--site", work.resolve("site").toString(),
        "--root", work.toString());
  }
}
