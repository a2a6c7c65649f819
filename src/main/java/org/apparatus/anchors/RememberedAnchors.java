package org.apparatus.anchors;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import org.apparatus.cache.Generations;
import org.apparatus.plan.SitePlan.PlannedPage;

/**
 * The anchors a series of builds found in each page, kept for the next build. A page's anchors depend
 * only on the planned page, its author's short name and its HTML as rendered, so a page whose three are
 * unchanged has the anchors it had. Only the pages the last build had are carried to the next. A single build
 * remembers nothing.
 */
public final class RememberedAnchors {
  private final boolean remembers;
  private final Generations<List<Object>, List<Anchor>> found = new Generations<>();

  private RememberedAnchors(boolean remembers) {
    this.remembers = remembers;
  }

  public static RememberedAnchors none() {
    return new RememberedAnchors(false);
  }

  public static RememberedAnchors acrossBuilds() {
    return new RememberedAnchors(true);
  }

  /** Starts the next build of the series. */
  public void nextBuild() {
    found.nextBuild();
  }

  Optional<List<Anchor>> of(PlannedPage page, String author, byte[] html) {
    return remembers ? Optional.ofNullable(found.get(key(page, author, html))) : Optional.empty();
  }

  void found(PlannedPage page, String author, byte[] html, List<Anchor> anchors) {
    if (remembers) {
      found.put(key(page, author, html), List.copyOf(anchors));
    }
  }

  /** The HTML compares by its bytes. */
  private static List<Object> key(PlannedPage page, String author, byte[] html) {
    return List.of(page, author, ByteBuffer.wrap(html));
  }
}
