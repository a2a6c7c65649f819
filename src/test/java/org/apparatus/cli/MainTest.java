package org.apparatus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apparatus.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void helpAndVersionSucceed() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("build"));
    assertEquals(0, run("build", "--help"));
    assertEquals(0, run("--version"));
    assertTrue(out.toString().contains("apparatus"));
  }

  @Test
  void aCrashInsideACommandIsReportedAsABugWithExitCodeThree() {
    @picocli.CommandLine.Command(name = "crash")
    class Crash implements java.util.concurrent.Callable<Integer> {
      @Override
      public Integer call() {
        throw new IllegalStateException("boom");
      }
    }
    int code = Main.configure(new picocli.CommandLine(new Crash()), new PrintWriter(out), new PrintWriter(err)).execute();
    assertEquals(Main.INTERNAL_ERROR, code);
    assertTrue(err.toString().startsWith("internal error: java.lang.IllegalStateException: boom"), err.toString());
    assertTrue(err.toString().contains("This is a bug in Apparatus"), err.toString());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, run("build", "--no-such-option"));
    assertEquals(2, run("frobnicate"));
    assertEquals(2, run("build", "--format", "xml"));
  }

  @Test
  void checkWritesNothingAndJsonDiagnosticsParse(@TempDir Path tmp) {
    Path fixture = Fixtures.RESOURCES.resolve("invalid/quote-not-found");
    int code = run("check", "--format", "json", "--root", fixture.toString(), "--content", fixture.resolve("content").toString(),
        "--templates", Fixtures.TEMPLATES.toString(), "--site", tmp.resolve("site").toString());
    assertEquals(1, code);
    String json = out.toString();
    assertTrue(json.strip().startsWith("[") && json.contains("\"code\": \"QUOTE_NOT_FOUND\""), json);
    assertTrue(json.contains("\"path\": \"content/notes/alpha/n1.md\""), json);
    assertTrue(!tmp.resolve("site").toFile().exists());
  }

  @Test
  void checkOfAValidFixturePasses(@TempDir Path tmp) {
    Path fixture = Fixtures.RESOURCES.resolve("fixtures/basic");
    int code = run("check", "--strict", "--root", fixture.toString(), "--content", fixture.resolve("content").toString(),
        "--templates", Fixtures.TEMPLATES.toString(), "--site", tmp.resolve("site").toString());
    assertEquals(0, code, err.toString());
  }
}
