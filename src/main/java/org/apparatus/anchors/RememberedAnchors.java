package org.apparatus.anchors;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apparatus.plan.SitePlan.PlannedPage;

/**
 * The anchors a series of builds found in each page, kept for the next build. A page's anchors depend
 * only on the planned page, its author's short name and its HTML as rendered, so a page whose three are
 * unchanged has the anchors it had. A single build remembers nothing.
 */
public final class RememberedAnchors {
  private final boolean remembers;
  private final Map<String, Found> byPath = new HashMap<>();

  private record Found(PlannedPage page, String author, byte[] html, List<Anchor> anchors) {}

  private RememberedAnchors(boolean remembers) {
    this.remembers = remembers;
  }

  public static RememberedAnchors none() {
    return new RememberedAnchors(false);
  }

  public static RememberedAnchors acrossBuilds() {
    return new RememberedAnchors(true);
  }

  synchronized Optional<List<Anchor>> of(PlannedPage page, String author, byte[] html) {
    Found f = byPath.get(page.path());
    return f != null && f.page().equals(page) && f.author().equals(author) && Arrays.equals(f.html(), html)
        ? Optional.of(f.anchors()) : Optional.empty();
  }

  synchronized void found(PlannedPage page, String author, byte[] html, List<Anchor> anchors) {
    if (remembers) {
      byPath.put(page.path(), new Found(page, author, html, List.copyOf(anchors)));
    }
  }
}
