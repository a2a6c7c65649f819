package org.apparatus.anchors;

import java.util.ArrayList;
import java.util.List;
import org.apparatus.diagnostic.SourcePos;

/**
 * One line of the lockfile: a published anchor, the fingerprint it has had since a version, the
 * fingerprints it had before, and whether it is still live, has moved, or was retired.
 *
 * @param history earlier states, oldest first; the change to each next state happened in that state's version
 * @param pos where the line starts in the lockfile (a synthetic position for entries not read from it)
 */
public record LockEntry(AnchorRef ref, AnchorKind kind, String fingerprint, String since, List<State> history,
    Status status, String locator, String excerpt, SourcePos pos) {

  public LockEntry {
    history = List.copyOf(history);
  }

  /** A fingerprint and the version from which the anchor had it. */
  public record State(String since, String fingerprint) {}

  /** Live, moved to another anchor, or retired with a reason. */
  public sealed interface Status permits Live, Moved, Retired {}

  public record Live() implements Status {}

  /** Moved in {@code version}; the old fragment now leads to {@code to}. {@code pos} is where the mark is written. */
  public record Moved(String version, AnchorRef to, SourcePos pos) implements Status {}

  /** Retired in {@code version}; the old fragment now shows a tombstone with the reason. */
  public record Retired(String version, String reason, SourcePos pos) implements Status {}

  public boolean live() {
    return status instanceof Live;
  }

  public LockEntry withStatus(Status newStatus) {
    return new LockEntry(ref, kind, fingerprint, since, history, newStatus, locator, excerpt, pos);
  }

  /**
   * The entry updated to the anchor as found now. New content becomes a new state from {@code version};
   * a change within the version the content dates from just replaces the fingerprint, because no
   * published version had the replaced one.
   */
  public LockEntry updatedTo(Anchor now, String version) {
    List<State> past = history;
    String newSince = since;
    if (!now.fingerprint().equals(fingerprint) && !since.equals(version)) {
      past = new ArrayList<>(history);
      past.add(new State(since, fingerprint));
      newSince = version;
    }
    return new LockEntry(ref, now.kind(), now.fingerprint(), newSince, past, status, now.locator(), now.excerpt(), pos);
  }
}
