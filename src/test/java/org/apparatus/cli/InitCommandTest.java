package org.apparatus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apparatus.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `apparatus init` starts an edition that builds strictly, checks, cites and locks its anchors with no templates of its own. */
class InitCommandTest {
  @TempDir
  Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** The options that point a command at the edition in {@code dir}, as if run from inside it. */
  private static String[] in(Path dir, String command, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of(command, "--root", dir.toString(), "--content", dir.resolve("content").toString(),
        "--templates", dir.resolve("templates").toString(), "--site", dir.resolve("site").toString()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void theStarterBuildsStrictlyWithNoWarningsChecksCitesAndLocksItsAnchors() throws Exception {
    Path dir = tmp.resolve("my-edition");
    Run init = run("init", dir.toString());
    assertEquals(Main.OK, init.code(), init.err());
    for (String file : List.of("content/edition.yaml", "content/anchors.lock", ".gitignore", ".github/workflows/pages.yml",
        "content/references/references.bib", "content/pages/introduction.md")) {
      assertTrue(Files.isRegularFile(dir.resolve(file)), file);
    }
    assertFalse(Files.exists(dir.resolve("templates")), "the templates are built in");

    Run build = run(in(dir, "build", "--strict"));
    assertEquals(Main.OK, build.code(), build.err());
    assertEquals("", build.err(), "no diagnostics at all, not even warnings");
    for (String page : List.of("index.html", "gettysburg/index.html", "sonnet-18/index.html", "introduction/index.html",
        "glossary/index.html", "references/index.html", "fact-checks/index.html", "assets/style.css", "assets/app.js")) {
      assertTrue(Files.isRegularFile(dir.resolve("site").resolve(page)), page);
    }
    String sonnet = Files.readString(dir.resolve("site/sonnet-18/index.html"), StandardCharsets.UTF_8);
    assertTrue(sonnet.contains("Shall I compare thee to a summer's day?"), "the verse text is on its page");
    assertTrue(sonnet.contains("e.g. “¶1”"), "the example locator is the text's own");
    String references = Files.readString(dir.resolve("site/references/index.html"), StandardCharsets.UTF_8);
    assertTrue(references.contains("Yale University Press"), references);
    assertFalse(references.contains("1977, New Haven"), "a book's place is not printed as an event");
    String footer = sonnet.substring(sonnet.indexOf("<footer"));
    assertTrue(footer.contains("The primary texts are in the public domain."), footer);

    Run check = run(in(dir, "check", "--strict"));
    assertEquals(Main.OK, check.code(), check.err());

    Run cite = run(in(dir, "cite", "sonnet-18", "--accessed", "2026-01-02", "--base-url", "https://example.org/ed/"));
    assertEquals(Main.OK, cite.code(), cite.err());
    assertTrue(cite.out().contains("Shakespeare, William. (1609) 2026. “Sonnet 18.”"), cite.out());
    assertTrue(cite.out().contains("(Original work published 1609)"), "the year-only date reaches APA");
    assertTrue(cite.out().contains("origdate  = {1609}"), cite.out());
    assertTrue(cite.out().contains("\"original-date\":{\"date-parts\":[[1609]]}"), cite.out());
    assertTrue(cite.out().contains("edited by Ann Editor"), "editors are structured names");
    assertTrue(cite.out().contains("https://example.org/ed/sonnet-18/\n") || cite.out().contains("https://example.org/ed/sonnet-18/."),
        "a whole text is cited by its page's address");

    Run accept = run(in(dir, "anchors", "--accept"));
    assertEquals(Main.OK, accept.code(), accept.err());
    String lock = Files.readString(dir.resolve("content/anchors.lock"), StandardCharsets.UTF_8);
    assertTrue(lock.contains("\ngettysburg/index.html#p1 paragraph "), lock);
    assertTrue(lock.contains("\nsonnet-18/index.html#p4 paragraph "), lock);
    Run again = run(in(dir, "build", "--strict"));
    assertEquals(Main.OK, again.code(), again.err());
    assertEquals("", again.err());
  }

  @Test
  void refusesADirectoryThatIsNotEmptyUnlessForced() throws Exception {
    Path dir = tmp.resolve("busy");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("notes.txt"), "mine", StandardCharsets.UTF_8);
    Run refused = run("init", dir.toString());
    assertEquals(Main.USAGE, refused.code());
    assertTrue(refused.err().contains("is not empty") && refused.err().contains("--force"), refused.err());
    assertFalse(Files.exists(dir.resolve("content")), "nothing was written");

    Run forced = run("init", "--force", dir.toString());
    assertEquals(Main.OK, forced.code(), forced.err());
    assertTrue(Files.isRegularFile(dir.resolve("content/edition.yaml")));
    assertEquals("mine", Files.readString(dir.resolve("notes.txt")), "other files are left alone");
  }

  @Test
  void oneOverriddenTemplateRendersBesideTheBuiltInOnes() throws Exception {
    Path dir = tmp.resolve("themed");
    assertEquals(Main.OK, run("init", dir.toString()).code());
    Run eject = run("templates", "--templates", dir.resolve("templates").toString(), "--eject", "page.ftlh");
    assertEquals(Main.OK, eject.code(), eject.err());
    Path page = dir.resolve("templates/page.ftlh");
    assertEquals(Fixtures.read(Fixtures.TEMPLATES.resolve("page.ftlh")), Fixtures.read(page), "eject copies the built-in file");
    Files.writeString(page, Fixtures.read(page).replace("<@layout.page", "<#-- edited --><@layout.page")
        .replace("</@layout.page>", "<p class=\"own-template\">From the edition's own template.</p></@layout.page>"), StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("templates/assets"));
    Files.writeString(dir.resolve("templates/assets/extra.css"), "p { margin: 0 }", StandardCharsets.UTF_8);

    Run build = run(in(dir, "build", "--strict"));
    assertEquals(Main.OK, build.code(), build.err());
    String intro = Files.readString(dir.resolve("site/introduction/index.html"), StandardCharsets.UTF_8);
    assertTrue(intro.contains("From the edition's own template."), "the override is used");
    assertTrue(intro.contains("assets/style.css"), "the built-in layout still wraps it");
    String text = Files.readString(dir.resolve("site/gettysburg/index.html"), StandardCharsets.UTF_8);
    assertFalse(text.contains("own-template"), "other pages keep the built-in templates");
    assertTrue(Files.isRegularFile(dir.resolve("site/assets/extra.css")), "the edition's assets join the built-in ones");
    assertTrue(Files.isRegularFile(dir.resolve("site/assets/app.js")));

    Run list = run("templates", "--templates", dir.resolve("templates").toString());
    assertTrue(list.out().contains("overridden  page.ftlh") && list.out().contains("built-in    text.ftlh"), list.out());
    Run unknown = run("templates", "--templates", dir.resolve("templates").toString(), "--eject", "layuot.ftlh");
    assertEquals(Main.USAGE, unknown.code());
    assertTrue(unknown.err().contains("did you mean `layout.ftlh`?"), unknown.err());
  }

  @Test
  void strictSaysThatWarningsCountAsErrors() {
    Path fixture = Fixtures.RESOURCES.resolve("invalid/unused-strict");
    Run run = run("check", "--strict", "--root", fixture.toString(), "--content", fixture.resolve("content").toString(),
        "--templates", tmp.resolve("no-templates").toString(), "--site", tmp.resolve("site").toString());
    assertEquals(Main.CONTENT_ERRORS, run.code());
    assertTrue(run.err().contains("--strict counts warnings as errors"), run.err());
  }
}
