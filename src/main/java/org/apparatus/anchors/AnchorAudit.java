package org.apparatus.anchors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;

/** Compares the anchors of a build with the lockfile: what is locked, changed, new, gone, moved or retired. */
public final class AnchorAudit {
  /** The state of one anchor; {@code REMOVED} and {@code CONFLICT} fail the build. */
  public enum State {
    LOCKED,
    CHANGED,
    NEW,
    REMOVED,
    MOVED,
    RETIRED,
    CONFLICT;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One anchor's state, with the anchor as found now (null if gone) and its lock entry (null if new). */
  public record Row(State state, AnchorRef ref, Anchor current, LockEntry entry) {
    public AnchorKind kind() {
      return current != null ? current.kind() : entry.kind();
    }

    public String locator() {
      return current != null ? current.locator() : entry.locator();
    }
  }

  private final Map<AnchorRef, Anchor> current = new LinkedHashMap<>();
  private final Lockfile lock;
  private final List<Row> rows = new ArrayList<>();

  private AnchorAudit(List<Anchor> anchors, Lockfile lock) {
    anchors.forEach(a -> current.put(a.ref(), a));
    this.lock = lock;
  }

  public static AnchorAudit of(List<Anchor> anchors, Lockfile lock, List<LockEntry> entries) {
    AnchorAudit audit = new AnchorAudit(anchors, lock);
    Map<AnchorRef, LockEntry> locked = new HashMap<>();
    for (LockEntry e : entries) {
      locked.put(e.ref(), e);
      audit.rows.add(new Row(audit.stateOf(e), e.ref(), audit.current.get(e.ref()), e));
    }
    for (Anchor a : anchors) {
      if (!locked.containsKey(a.ref())) {
        audit.rows.add(new Row(State.NEW, a.ref(), a, null));
      }
    }
    audit.rows.sort(java.util.Comparator.comparing(Row::ref, LockUpdate.order(anchors)));
    return audit;
  }

  private State stateOf(LockEntry e) {
    Anchor now = current.get(e.ref());
    if (e.status() instanceof LockEntry.Moved m) {
      return now == null && current.containsKey(m.to()) ? State.MOVED : State.CONFLICT;
    }
    if (e.status() instanceof LockEntry.Retired) {
      return now == null ? State.RETIRED : State.CONFLICT;
    }
    if (now == null) {
      return State.REMOVED;
    }
    return now.fingerprint().equals(e.fingerprint()) ? State.LOCKED : State.CHANGED;
  }

  public List<Row> rows() {
    return List.copyOf(rows);
  }

  /** Whether an anchor is gone without a mark, or a mark disagrees with the site. */
  public boolean blocked() {
    return rows.stream().anyMatch(r -> r.state() == State.REMOVED || r.state() == State.CONFLICT);
  }

  /** Reports every row that needs attention. New anchors are reported only when the edition has a lockfile. */
  public void report(Diagnostics diagnostics, String version) {
    for (Row r : rows) {
      switch (r.state()) {
        case REMOVED -> removed(diagnostics, r);
        case CONFLICT -> conflict(diagnostics, r);
        case CHANGED -> changed(diagnostics, r, version);
        case NEW -> {
          if (lock.present() && !lock.entries().isEmpty()) { // an empty lock: nothing has been published yet
            diagnostics.warning(Code.ANCHOR_UNLOCKED, SourcePos.fileStart(lock.path()),
                "new anchor `" + r.ref() + "` (" + r.locator() + ", " + r.kind().key() + ") is not in the lockfile",
                "run `apparatus anchors --accept` to lock it once it may be cited");
          }
        }
        default -> {
          // locked, moved and retired anchors are as the lockfile says
        }
      }
    }
  }

  private void removed(Diagnostics diagnostics, Row r) {
    String old = r.ref().toString();
    Optional<Anchor> sameText = current.values().stream()
        .filter(a -> a.fingerprint().equals(r.entry().fingerprint()) && !a.ref().equals(r.ref())).findFirst();
    String hint = sameText
        .map(a -> "its text is now at `" + a.ref() + "`: mark it moved with `apparatus anchors --move " + old + "=" + a.ref()
            + "`, or retire it with `apparatus anchors --retire " + old + " --reason \"…\"`")
        .orElse("links to it would break: if the passage moved, run `apparatus anchors --move " + old + "=<page>#<fragment>`; "
            + "if it is gone for good, `apparatus anchors --retire " + old + " --reason \"…\"` (or add `moved=<version> "
            + "to=<page>#<fragment>` or `retired=<version> reason=\"…\"` to this line), then `apparatus anchors --accept`");
    diagnostics.error(Code.ANCHOR_REMOVED, r.entry().pos(),
        "anchor `" + old + "` (" + r.entry().locator() + ") is no longer in the site", hint);
  }

  private void conflict(Diagnostics diagnostics, Row r) {
    LockEntry e = r.entry();
    if (e.status() instanceof LockEntry.Moved m) {
      if (r.current() != null) {
        diagnostics.error(Code.ANCHOR_LOCK_CONFLICT, m.pos(), "`" + e.ref() + "` is marked moved, but the site still has it",
            "remove the `moved=` mark if the passage is back; a new block that took the anchor needs another one (`{#id}`)");
      } else {
        diagnostics.error(Code.ANCHOR_LOCK_CONFLICT, m.pos(), "`" + e.ref() + "` is marked moved to `" + m.to()
            + "`, which is not an anchor of the site", "point `to=` at an anchor listed by `apparatus anchors`");
      }
    } else if (e.status() instanceof LockEntry.Retired retired) {
      diagnostics.error(Code.ANCHOR_LOCK_CONFLICT, retired.pos(), "`" + e.ref() + "` is marked retired, but the site has it again",
          "remove the `retired=` mark if the passage is back (a changed text is then listed as a change); "
              + "a new block that took the anchor needs another one (`{#id}`)");
    }
  }

  private void changed(Diagnostics diagnostics, Row r, String version) {
    LockEntry e = r.entry();
    String listing = e.since().equals(version)
        ? "the text dates from this version (" + version + "), so the change is not listed as an erratum"
        : "the changes page lists it under version " + version;
    diagnostics.warning(Code.ANCHOR_CHANGED, e.pos(), "the text of `" + e.ref() + "` (" + r.locator() + ") changed since version "
        + e.since() + " (fingerprint " + e.fingerprint() + " → " + r.current().fingerprint() + ")",
        "if the change is intended, record it with `apparatus anchors --accept`; " + listing);
  }
}
