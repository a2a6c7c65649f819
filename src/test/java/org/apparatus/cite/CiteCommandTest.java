package org.apparatus.cite;

import org.apparatus.edition.BundledEdition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apparatus.Fixtures;
import org.apparatus.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `apparatus cite` on the edition itself: a paragraph, a note and a glossary entry in every format, compared with
 * golden files (a fixed access date and base URL keep them stable).
 */
@BundledEdition
class CiteCommandTest {
  private static final Path GOLDEN = Fixtures.RESOURCES.resolve("cite");
  @TempDir
  Path tmp;

  private String cite(String anchor) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "cite", anchor, "--accessed", "2026-11-22",
        "--base-url", "https://example.org/edition/", "--site", tmp.resolve("site").toString());
    assertEquals(0, code, err::toString);
    return out.toString();
  }

  @Test
  void paragraphInEveryFormat() throws Exception {
    String out = cite("movahedian#s5-3-p2");
    for (CiteFormat f : CiteFormat.values()) {
      assertTrue(out.contains("== " + f.label() + "\n"), "format " + f.label() + " printed");
    }
    assertTrue(out.contains("https://example.org/edition/movahedian/#s5-3-p2"), "the exact anchor URL");
    assertTrue(out.contains("§5-3 ¶2"), "the locator");
    assertTrue(out.contains("1.1.0"), "the edition version");
    Fixtures.assertGolden(GOLDEN.resolve("movahedian-s5-3-p2.txt"), out);
  }

  @Test
  void noteAndGlossaryEntry() throws Exception {
    Fixtures.assertGolden(GOLDEN.resolve("note-aliyev.txt"), cite("note:aliyev"));
    Fixtures.assertGolden(GOLDEN.resolve("term-zangezur-corridor.txt"), cite("term:zangezur-corridor"));
  }

  @Test
  void unknownAnchorIsAUsageError() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "cite", "movahedian#no-such-paragraph",
        "--site", tmp.resolve("site").toString());
    assertEquals(Main.USAGE, code);
    assertTrue(err.toString().contains("no citable anchor `movahedian#no-such-paragraph`"), err::toString);
    assertTrue(!tmp.resolve("site").toFile().exists(), "cite never writes the site");
  }
}
