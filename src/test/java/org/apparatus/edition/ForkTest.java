package org.apparatus.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.apparatus.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fork that replaces content/ with an edition of its own: the bundled edition's checks step aside, and the tool
 * builds the other edition with the built-in theme and no templates of its own.
 */
class ForkTest {
  @TempDir
  Path fork;

  @Test
  void anotherEditionInPlaceOfContentBuildsAndTheBundledChecksStepAside() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(Main.OK, Main.run(new PrintWriter(out), new PrintWriter(err), "init", "--force", fork.toString()), err::toString);
    assertFalse(BundledEditionCondition.present(fork), "a fork's content is not the bundled edition");

    Build.Result result = Fixtures.build(fork, fork.resolve("templates"), fork.resolve("site"), true, true);
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    assertTrue(result.files().containsKey("gettysburg/index.html"), "the fork's own texts are published");
    assertTrue(result.files().containsKey("assets/style.css"), "with the built-in theme");
  }
}
