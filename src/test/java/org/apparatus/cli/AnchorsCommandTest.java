package org.apparatus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apparatus.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apparatus anchors}: lists, and writes the lockfile only when asked to (--accept, --move, --retire). */
class AnchorsCommandTest {
  private static final Path ANCHORS = Fixtures.RESOURCES.resolve("anchors");

  @TempDir
  Path root;

  private StringWriter out;
  private StringWriter err;

  @BeforeEach
  void copyBaseWithoutLockfile() throws Exception {
    Fixtures.copyTree(ANCHORS.resolve("base/content"), root.resolve("content"));
    Files.delete(lockfile());
  }

  private Path lockfile() {
    return root.resolve("content/anchors.lock");
  }

  private int anchors(String... options) {
    out = new StringWriter();
    err = new StringWriter();
    List<String> args = new ArrayList<>(List.of("anchors", "--root", root.toString(), "--content", root.resolve("content").toString(),
        "--templates", Fixtures.TEMPLATES.toString()));
    args.addAll(List.of(options));
    return Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
  }

  @Test
  void listsEveryAnchorWithItsStateAndWritesNothing() {
    assertEquals(0, anchors(), err::toString);
    String listing = out.toString();
    assertTrue(listing.contains("new      alpha/index.html#s1-p1  paragraph  Alpha §1 ¶1\n"), listing);
    assertTrue(listing.contains("new      alpha/index.html#n-border-date  note  Alpha note 1\n"), listing);
    assertTrue(listing.contains("new      glossary/index.html#term-aras  term  Aras\n"), listing);
    assertTrue(listing.contains("14 anchors in the site (4 heading, 5 paragraph, 2 list-item, 1 note, 1 term, 1 reference); 14 new"), listing);
    assertFalse(Files.exists(lockfile()), "listing never writes the lockfile");
  }

  @Test
  void acceptWritesTheLockfileOfTheBaseFixture() throws Exception {
    assertEquals(0, anchors("--accept"), err::toString);
    assertTrue(out.toString().contains("wrote content/anchors.lock (14 entries)"), out.toString());
    Fixtures.assertGolden(ANCHORS.resolve("base/content/anchors.lock"), Files.readString(lockfile()));
    assertEquals(0, anchors());
    assertTrue(out.toString().contains("; 14 locked"), out.toString());
  }

  @Test
  void acceptRefusesWhileALockedAnchorIsGoneUnmarked() throws Exception {
    assertEquals(0, anchors("--accept"));
    String locked = Files.readString(lockfile());
    Fixtures.copyTree(ANCHORS.resolve("retired/content/texts"), root.resolve("content/texts"));

    assertEquals(1, anchors());
    assertTrue(out.toString().contains("removed  beta/index.html#p3  paragraph  Beta ¶3\n"), out.toString());
    assertEquals(1, anchors("--accept"));
    assertTrue(err.toString().contains("content/anchors.lock:17:1: error[ANCHOR_REMOVED]: anchor `beta/index.html#p3` (Beta ¶3) "
        + "is no longer in the site"), err.toString());
    assertTrue(err.toString().contains("the lockfile was not written"), err.toString());
    assertEquals(locked, Files.readString(lockfile()), "a refused --accept leaves the lockfile alone");

    assertEquals(0, anchors("--retire", "beta#p3", "--reason", "Added by mistake."));
    assertTrue(Files.readString(lockfile()).contains("beta/index.html#p3 paragraph fp=067e2803b353 since=1.0.0 retired=1.0.0 "
        + "reason=\"Added by mistake.\" label=\"Beta ¶3\""), Files.readString(lockfile()));
    assertTrue(out.toString().contains("retired  beta/index.html#p3"), out.toString());
  }

  @Test
  void moveMarksAGoneAnchorAndChecksBothEnds() throws Exception {
    assertEquals(0, anchors("--accept"));
    Fixtures.copyTree(ANCHORS.resolve("moved/content/texts"), root.resolve("content/texts"));

    assertEquals(1, anchors("--move", "beta#p3=alpha#s9"));
    assertTrue(err.toString().contains("error: `alpha/index.html#s9` is not an anchor of the site"), err.toString());
    assertEquals(1, anchors("--move", "beta#p1=alpha#s1-p3"));
    assertTrue(err.toString().contains("error: `beta/index.html#p1` is still in the site"), err.toString());

    assertEquals(0, anchors("--move", "beta#p3=alpha#s1-p3", "--move", "alpha#s2=s3", "--move", "alpha#s2-i1=#s3-i1",
        "--move", "alpha/index.html#s2-i2=alpha/index.html#s3-i2", "--accept"), err::toString);
    String lock = Files.readString(lockfile());
    assertTrue(lock.contains("beta/index.html#p3 paragraph fp=067e2803b353 since=1.0.0 moved=1.0.0 to=alpha/index.html#s1-p3 "), lock);
    assertTrue(lock.contains("alpha/index.html#s2-i1 list-item fp=91915d896550 since=1.0.0 moved=1.0.0 to=alpha/index.html#s3-i1 "), lock);
    assertTrue(lock.contains("alpha/index.html#s3 heading fp=d2fd4cf87438 since=1.0.0 label=\"Alpha §3\""), lock);
    var build = Fixtures.build(root, Fixtures.TEMPLATES, root.resolve("site"), true, false);
    assertTrue(build.diagnostics().sorted().isEmpty(), () -> build.diagnostics().sorted().toString());
  }

  @Test
  void malformedMarksAreUsageErrors() {
    assertEquals(2, anchors("--retire", "beta#p3"));
    assertEquals(2, anchors("--move", "beta#p3"));
    assertEquals(2, anchors("--move", "p3=p4"));
  }
}
