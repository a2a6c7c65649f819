package org.apparatus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apparatus.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A series of builds that reuses what the previous one left (as the live preview does) gives, after
 * every edit, exactly the files and diagnostics of a full build of the same sources; the site it
 * writes in place holds exactly those files, and a build with errors leaves the last good site alone.
 */
class IncrementalBuildTest {
  @TempDir
  Path tmp;

  /** One change to the sources, and whether a full build of the result fails. */
  record Edit(String name, boolean fails, Step step) {}

  interface Step {
    void apply(Path root) throws IOException;
  }

  @Test
  void theBundledEditionAfterEachEditEqualsAFullBuild() throws IOException {
    Path root = tmp.resolve("bundled");
    Fixtures.copyTree(Fixtures.PROJECT.resolve("content"), root.resolve("content"));
    Fixtures.copyTree(Fixtures.TEMPLATES, root.resolve("templates"));
    String aliyev = "content/notes/afrasiabi/aliyev.md";
    assertEachEditMatchesAFullBuild(root, List.of(
        new Edit("a note body", false, replace(aliyev, "since 2003", "since October 2003")),
        new Edit("a note's quote moved to another paragraph", false,
            replace(aliyev, "quote: \"the Azeri president\"\nparagraph: p4", "quote: \"Henceforth, unless Iran shifts gear\"\nparagraph: p5")),
        new Edit("a fact-check verdict", false,
            replace("content/notes/movahedian/strategic-asset-phrase.md", "verdict: unverified", "verdict: disputed")),
        new Edit("a reference entry", false, replace("content/references/register.bib", "Factors Influencing", "Factors Shaping")),
        new Edit("a text paragraph", false, replace("content/texts/afrasiabi.md", "it is patently obvious", "it is plainly obvious")),
        new Edit("a citation of an unknown reference", true, replace(aliyev, "[@bne202517th]", "[@no-such-reference]")),
        new Edit("the citation fixed", false, replace(aliyev, "[@no-such-reference]", "[@bne202517th]"))));
  }

  @Test
  void theBasicFixtureAfterEachEditEqualsAFullBuild() throws IOException {
    Path root = tmp.resolve("basic");
    Fixtures.copyTree(Fixtures.RESOURCES.resolve("fixtures/basic/content"), root.resolve("content"));
    Fixtures.copyTree(Fixtures.TEMPLATES, root.resolve("templates"));
    String context = "content/notes/alpha/aras-context.md";
    assertEachEditMatchesAFullBuild(root, List.of(
        new Edit("a note body", false, replace(context, "in 1828", "in February 1828")),
        new Edit("a note's quote moved to another paragraph", false,
            replace(context, "The river Aras forms a border.", "The corridor runs through the south")),
        new Edit("a fact-check verdict", false, replace("content/notes/alpha/quoted-phrase.md", "verdict: opinion", "verdict: unverified")),
        new Edit("a glossary entry", false, replace("content/glossary/aras.md", "A river", "A river of the Caucasus")),
        new Edit("a reference entry", false, replace("content/references/refs.bib", "The Treaty of 1828", "The Treaty of Turkmenchay")),
        new Edit("a text paragraph", false, replace("content/texts/alpha.md", "A paragraph with an explicit id.", "A paragraph with an explicit id, edited.")),
        new Edit("a template", false, replace("templates/layout.ftlh", "<main id=\"main\">", "<main id=\"main\" data-edited=\"yes\">")),
        new Edit("a note added", false, write("content/notes/beta/added.md",
            "---\nkind: margin\nquote: \"a-dash\"\n---\nA note that was not there before.\n")),
        new Edit("a note deleted", false, delete("content/notes/beta/dash.md")),
        new Edit("a page deleted, and with it a folder of the site", false, delete("content/pages/about.md")),
        new Edit("the page added again", false, write("content/pages/about.md", "---\ntitle: About\n---\nWhat this edition is.\n")),
        new Edit("a note quoting words the text does not have", true, replace(context, "The corridor runs", "The canal runs")),
        new Edit("the quote fixed", false, replace(context, "The canal runs", "The corridor runs"))));
  }

  @Test
  void theVariantsFixtureAfterEachEditEqualsAFullBuild() throws IOException {
    Path root = tmp.resolve("variants");
    Fixtures.copyTree(Fixtures.RESOURCES.resolve("fixtures/variants/content"), root.resolve("content"));
    Fixtures.copyTree(Fixtures.TEMPLATES, root.resolve("templates"));
    String spring = "content/variants/address/spring.md";
    assertEachEditMatchesAFullBuild(root, List.of(
        new Edit("a variant reading", false, replace(spring, "and autumn", "and in autumn")),
        new Edit("a variant entry deleted", false, delete("content/variants/address/little.md")),
        new Edit("a variant of an unknown witness", true, replace(spring, "witnesses: [A]", "witnesses: [Z]")),
        new Edit("the witness fixed", false, replace(spring, "witnesses: [Z]", "witnesses: [A]"))));
  }

  private void assertEachEditMatchesAFullBuild(Path root, List<Edit> edits) throws IOException {
    Reuse reuse = Reuse.acrossBuilds();
    Path site = root.resolve("site");
    Build.Result first = build(root, site, true, reuse);
    assertFalse(first.failed(), () -> SameBuild.printed(first));
    Map<String, byte[]> lastGood = first.files();
    SameBuild.assertSameFiles("the first build", lastGood, onDisk(site));
    for (Edit edit : edits) {
      edit.step().apply(root);
      Build.Result incremental = build(root, site, true, reuse);
      Build.Result full = build(root, tmp.resolve("unused-site"), false, Reuse.nothing());
      assertEquals(edit.fails(), full.failed(), () -> edit.name() + ": a full build " + (edit.fails() ? "passes" : "fails") + "\n" + SameBuild.printed(full));
      assertEquals(full.failed(), incremental.failed(), edit.name());
      assertEquals(SameBuild.printed(full), SameBuild.printed(incremental), edit.name() + ": diagnostics");
      SameBuild.assertSameFiles(edit.name(), full.files(), incremental.files());
      if (!full.failed()) {
        lastGood = full.files();
      }
      SameBuild.assertSameFiles(edit.name() + ", on disk", lastGood, onDisk(site));
    }
  }

  /** The series writes and keeps the build cache, as serve does; the full build it is compared with uses neither. */
  private static Build.Result build(Path root, Path site, boolean write, Reuse reuse) {
    return Build.run(new Build.Options(root, root.resolve("content"), root.resolve("templates"), site, null, false, write,
        Build.Mode.PREVIEW).withCache(write ? org.apparatus.cache.BuildCache.Policy.USE : org.apparatus.cache.BuildCache.Policy.NONE),
        reuse);
  }

  private static Map<String, byte[]> onDisk(Path site) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(site.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    try (Stream<Path> walk = Files.walk(site)) {
      assertTrue(walk.filter(Files::isDirectory).allMatch(IncrementalBuildTest::holdsSomething), "no empty folder is left behind");
    }
    return files;
  }

  private static boolean holdsSomething(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isPresent();
    } catch (IOException e) {
      return false;
    }
  }

  private static Step replace(String file, String from, String to) {
    return root -> {
      Path path = root.resolve(file);
      String text = Files.readString(path, StandardCharsets.UTF_8);
      assertTrue(text.contains(from), () -> file + " contains " + from);
      Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    };
  }

  private static Step write(String file, String text) {
    return root -> Files.writeString(root.resolve(file), text, StandardCharsets.UTF_8);
  }

  private static Step delete(String file) {
    return root -> Files.delete(root.resolve(file));
  }
}
