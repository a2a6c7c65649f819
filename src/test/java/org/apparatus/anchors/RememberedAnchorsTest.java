package org.apparatus.anchors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apparatus.plan.SitePlan.PlannedPage;
import org.junit.jupiter.api.Test;

/** A page's anchors are taken again only for the same planned page, author and HTML bytes, from the last build. */
class RememberedAnchorsTest {
  private static final PlannedPage PAGE = new PlannedPage(PlannedPage.Kind.TEXT, "alpha", "alpha/index.html", "Alpha");
  private static final List<Anchor> ANCHORS = List.of(new Anchor(new AnchorRef("alpha/index.html", "p1"), AnchorKind.PARAGRAPH,
      "Doe ¶1", "0123456789ab", "The river"));

  private static byte[] html(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theSamePageGetsTheAnchorsOfTheLastBuild() {
    RememberedAnchors remembered = RememberedAnchors.acrossBuilds();
    remembered.nextBuild();
    remembered.found(PAGE, "Doe", html("<p id=p1>The river</p>"), ANCHORS);
    remembered.nextBuild();
    assertEquals(Optional.of(ANCHORS), remembered.of(PAGE, "Doe", html("<p id=p1>The river</p>")), "equal bytes, another array");
    assertTrue(remembered.of(PAGE, "Doe", html("<p id=p1>The sea</p>")).isEmpty(), "other HTML");
    assertTrue(remembered.of(PAGE, "Roe", html("<p id=p1>The river</p>")).isEmpty(), "another author");
    assertTrue(remembered.of(new PlannedPage(PlannedPage.Kind.TEXT, "alpha", "alpha/index.html", "Alpha, revised"), "Doe",
        html("<p id=p1>The river</p>")).isEmpty(), "another planned page");
  }

  @Test
  void aPageTheLastBuildDidNotHaveIsForgotten() {
    RememberedAnchors remembered = RememberedAnchors.acrossBuilds();
    remembered.nextBuild();
    remembered.found(PAGE, "Doe", html("<p>x</p>"), ANCHORS);
    remembered.nextBuild();
    remembered.nextBuild();
    assertTrue(remembered.of(PAGE, "Doe", html("<p>x</p>")).isEmpty());
  }

  @Test
  void aSingleBuildRemembersNothing() {
    RememberedAnchors none = RememberedAnchors.none();
    none.found(PAGE, "Doe", html("<p>x</p>"), ANCHORS);
    assertTrue(none.of(PAGE, "Doe", html("<p>x</p>")).isEmpty());
  }
}
