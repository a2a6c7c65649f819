package org.apparatus.anchors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apparatus.diagnostic.SourcePos;

/**
 * New lockfile contents: accepting the anchors of a build, and marking anchors moved or retired.
 * Nothing here drops an entry: an anchor that is gone stays until it is marked.
 */
public final class LockUpdate {
  private LockUpdate() {}

  /**
   * Accepts the build: new anchors are added from {@code version}, changed ones get a new state,
   * locators and excerpts are refreshed. Moved and retired entries, and live entries whose anchor is
   * gone (which the audit reports), are kept as they are.
   */
  public static List<LockEntry> accept(List<LockEntry> entries, List<Anchor> anchors, String version, String lockPath) {
    Map<AnchorRef, Anchor> current = new HashMap<>();
    anchors.forEach(a -> current.put(a.ref(), a));
    Map<AnchorRef, LockEntry> byRef = new HashMap<>();
    List<LockEntry> out = new ArrayList<>();
    for (LockEntry e : entries) {
      byRef.put(e.ref(), e);
      Anchor now = current.get(e.ref());
      out.add(e.live() && now != null ? e.updatedTo(now, version) : e);
    }
    for (Anchor a : anchors) {
      if (!byRef.containsKey(a.ref())) {
        out.add(new LockEntry(a.ref(), a.kind(), a.fingerprint(), version, List.of(), new LockEntry.Live(), a.locator(),
            a.excerpt(), SourcePos.fileStart(lockPath)));
      }
    }
    return ordered(out, anchors);
  }

  /** Marks a locked anchor that is gone as moved to an anchor of the site; returns why not, if it cannot. */
  public static Optional<String> move(List<LockEntry> entries, List<Anchor> anchors, AnchorRef from, AnchorRef to, String version) {
    Optional<String> problem = markable(entries, anchors, from);
    if (problem.isPresent()) {
      return problem;
    }
    if (anchors.stream().noneMatch(a -> a.ref().equals(to))) {
      return Optional.of("`" + to + "` is not an anchor of the site");
    }
    replace(entries, from, e -> e.withStatus(new LockEntry.Moved(version, to, e.pos())));
    return Optional.empty();
  }

  /** Marks a locked anchor that is gone as retired; returns why not, if it cannot. */
  public static Optional<String> retire(List<LockEntry> entries, List<Anchor> anchors, AnchorRef ref, String reason, String version) {
    Optional<String> problem = markable(entries, anchors, ref);
    if (problem.isPresent()) {
      return problem;
    }
    if (reason == null || reason.isBlank()) {
      return Optional.of("retiring `" + ref + "` needs --reason saying why it went");
    }
    replace(entries, ref, e -> e.withStatus(new LockEntry.Retired(version, reason.strip(), e.pos())));
    return Optional.empty();
  }

  private static Optional<String> markable(List<LockEntry> entries, List<Anchor> anchors, AnchorRef ref) {
    Optional<LockEntry> entry = entries.stream().filter(e -> e.ref().equals(ref)).findFirst();
    if (entry.isEmpty()) {
      return Optional.of("`" + ref + "` is not in the lockfile");
    }
    if (!entry.get().live()) {
      return Optional.of("`" + ref + "` is already marked " + (entry.get().status() instanceof LockEntry.Moved ? "moved" : "retired"));
    }
    if (anchors.stream().anyMatch(a -> a.ref().equals(ref))) {
      return Optional.of("`" + ref + "` is still in the site; only an anchor that is gone can be marked");
    }
    return Optional.empty();
  }

  private static void replace(List<LockEntry> entries, AnchorRef ref, java.util.function.UnaryOperator<LockEntry> change) {
    entries.replaceAll(e -> e.ref().equals(ref) ? change.apply(e) : e);
  }

  /** The lockfile's order; see {@link #order(List)}. */
  public static List<LockEntry> ordered(List<LockEntry> entries, List<Anchor> anchors) {
    return entries.stream().sorted(Comparator.comparing(LockEntry::ref, order(anchors))).toList();
  }

  /**
   * The lockfile's order of anchors: by page; on a page, anchors of the site in reading order, then
   * the ones that are gone (moved, retired or unmarked) by fragment.
   */
  static Comparator<AnchorRef> order(List<Anchor> anchors) {
    Map<AnchorRef, Integer> position = new HashMap<>();
    for (int i = 0; i < anchors.size(); i++) {
      position.put(anchors.get(i).ref(), i);
    }
    return Comparator.comparing(AnchorRef::page)
        .thenComparingInt((AnchorRef r) -> position.getOrDefault(r, Integer.MAX_VALUE))
        .thenComparing(AnchorRef::fragment);
  }
}
