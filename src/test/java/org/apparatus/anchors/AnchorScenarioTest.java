package org.apparatus.anchors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.apparatus.cli.Main;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostic;
import org.apparatus.diagnostic.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Version 1.1.0 of the anchor fixture against the 1.0.0 lockfile: moved anchors keep their old
 * fragment working, retired ones leave a tombstone, changed ones are reported and listed with their
 * version. (A removed anchor without a mark is an invalid fixture: {@code invalid/anchor-removed}.)
 */
class AnchorScenarioTest {
  @TempDir
  Path tmp;

  private Build.Result build(Path root, boolean strict) {
    return Fixtures.build(root, Fixtures.TEMPLATES, root.resolve("site"), strict, false);
  }

  private static Document page(Build.Result result, String path) {
    byte[] html = result.files().get(path);
    assertNotNull(html, "missing page " + path);
    return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
  }

  private static void assertClean(Build.Result result) {
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    assertTrue(result.diagnostics().sorted().isEmpty(), () -> result.diagnostics().sorted().toString());
  }

  @Test
  void theBaseEditionMatchesItsLockfile() throws Exception {
    Build.Result result = build(AnchorScenarios.copy("base", tmp), true);
    assertClean(result);
    assertTrue(page(result, "changes/index.html").selectFirst(".no-changes") != null);
  }

  @Test
  void movedOnOnePageTheOldFragmentIsAnAliasInsideTheNewTarget() throws Exception {
    Build.Result result = build(AnchorScenarios.copy("moved", tmp), true);
    assertClean(result);
    Document alpha = page(result, "alpha/index.html");
    for (String[] move : new String[][] {{"s2", "s3"}, {"s2-i1", "s3-i1"}, {"s2-i2", "s3-i2"}}) {
      Element alias = alpha.getElementById(move[0]);
      assertNotNull(alias, "old fragment #" + move[0] + " still resolves");
      assertEquals("#" + move[1], alias.attr("data-moved-to"));
      assertEquals(move[1], alias.parent().id(), "the alias sits inside the new target");
    }
    assertNotNull(alpha.selectFirst("script[src=../assets/anchors.js]"), "the redirect script is loaded");
  }

  @Test
  void movedToAnotherPageTheOldPageKeepsANoticeThatLinksToTheNewPlace() throws Exception {
    Build.Result result = build(AnchorScenarios.copy("moved", tmp), true);
    assertClean(result);
    Element notice = page(result, "beta/index.html").getElementById("p3");
    assertNotNull(notice);
    assertTrue(notice.hasClass("tombstone") && notice.hasClass("moved"));
    assertEquals("../alpha/index.html#s1-p3", notice.attr("data-moved-to"));
    assertEquals("../alpha/index.html#s1-p3", notice.selectFirst("a").attr("href"), "without JavaScript a link leads on");
    assertTrue(notice.text().contains("moved in version 1.1.0 to Alpha §1 ¶3"), notice.text());
    Document changes = page(result, "changes/index.html");
    Element moved = changes.selectFirst("#v1-1-0 a[href=../beta/index.html#p3]").parent();
    assertTrue(moved.text().contains("moved to Alpha §1 ¶3"), moved.text());
  }

  @Test
  void retiredLeavesATombstoneSayingWhatWasThereAndWhy() throws Exception {
    Build.Result result = build(AnchorScenarios.copy("retired", tmp), true);
    assertClean(result);
    Element tombstone = page(result, "beta/index.html").getElementById("p3");
    assertNotNull(tombstone, "the retired fragment still resolves");
    assertTrue(tombstone.hasClass("retired"));
    assertTrue(tombstone.text().contains("Beta ¶3 (paragraph) was retired in version 1.1.0: "
        + "The paragraph is not in the copy-text; it was added to the transcription by mistake."), tombstone.text());
    assertTrue(tombstone.text().contains("It read: “Beta closes with a word on the weather of the valley.”"), tombstone.text());
    Element listed = page(result, "changes/index.html").selectFirst("#v1-1-0 li.change-retired");
    assertTrue(listed.text().contains("Beta ¶3 (paragraph): retired. The paragraph is not in the copy-text"), listed.text());
  }

  @Test
  void aPageThatIsGoneIsReplacedByOneHoldingItsNotices() throws Exception {
    Build.Result result = build(AnchorScenarios.copy("page-removed", tmp), true);
    assertClean(result);
    Document beta = page(result, "beta/index.html");
    assertEquals("Removed page", beta.selectFirst("h1").text());
    assertTrue(beta.getElementById("p1").hasClass("retired"));
    assertTrue(beta.getElementById("p2").hasClass("retired"));
    assertEquals("../alpha/index.html#s1-p3", beta.getElementById("p3").attr("data-moved-to"));
    assertFalse(page(result, "index.html").select("nav a").eachText().contains("Beta"), "the removed page is not in the navigation");
  }

  @Test
  void changedIsReportedAndListedWithTheVersionInWhichItChanged() throws Exception {
    Path root = AnchorScenarios.copy("changed", tmp);
    Build.Result result = build(root, false);
    assertFalse(result.failed(), "a changed anchor does not fail a normal build");
    List<Diagnostic> diagnostics = result.diagnostics().sorted();
    assertEquals(1, diagnostics.size(), diagnostics::toString);
    Diagnostic changed = diagnostics.get(0);
    assertEquals(Code.ANCHOR_CHANGED, changed.code());
    assertEquals(Severity.WARNING, changed.severity());
    assertEquals("content/anchors.lock:9:1", changed.pos().toString());
    assertEquals("the text of `alpha/index.html#s1-p1` (Alpha §1 ¶1) changed since version 1.0.0 "
        + "(fingerprint a902c6400799 → fade7ebc2e7c)", changed.message());
    assertChangeListed(result);
    assertTrue(build(root, true).failed(), "under --strict the change must be accepted first");

    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "anchors", "--accept",
        "--root", root.toString(), "--content", root.resolve("content").toString(), "--templates", Fixtures.TEMPLATES.toString());
    assertEquals(0, code);
    String lock = Files.readString(root.resolve("content/anchors.lock"));
    assertTrue(lock.contains("alpha/index.html#s1-p1 paragraph fp=fade7ebc2e7c since=1.1.0 was=1.0.0:a902c6400799 "), lock);
    Build.Result accepted = build(root, true);
    assertClean(accepted);
    assertChangeListed(accepted);
  }

  private static void assertChangeListed(Build.Result result) {
    Element change = page(result, "changes/index.html").selectFirst("#v1-1-0 li.change-changed");
    assertNotNull(change, "listed under version 1.1.0");
    assertEquals("../alpha/index.html#s1-p1", change.selectFirst("a").attr("href"));
    assertEquals("Alpha §1 ¶1 (paragraph): text changed (fingerprint a902c6400799 → fade7ebc2e7c)", change.text());
  }
}
