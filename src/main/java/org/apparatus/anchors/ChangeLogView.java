package org.apparatus.anchors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apparatus.plan.SitePlan;
import org.apparatus.render.Views;

/** The changes page's view: each recorded change of a locked anchor, grouped by the version it happened in. */
final class ChangeLogView {
  private ChangeLogView() {}

  static Views.ChangeLog of(boolean locked, List<LockEntry> entries, Map<AnchorRef, Anchor> current, String version, String pagePath,
      String manifestPath) {
    Map<String, List<Views.AnchorChange>> byVersion = new TreeMap<>(VersionOrder.INSTANCE.reversed());
    for (LockEntry e : entries) {
      Views.Link anchor = link(pagePath, e.ref(), e.locator());
      List<LockEntry.State> states = new ArrayList<>(e.history());
      states.add(new LockEntry.State(e.since(), e.fingerprint()));
      for (int i = 1; i < states.size(); i++) {
        String detail = "text changed (fingerprint " + states.get(i - 1).fingerprint() + " → " + states.get(i).fingerprint() + ")";
        add(byVersion, states.get(i).since(), new Views.AnchorChange("changed", e.kind().label(), anchor, detail, null));
      }
      if (e.status() instanceof LockEntry.Moved m) {
        Anchor target = current.get(m.to());
        Views.Link to = link(pagePath, m.to(), target == null ? m.to().toString() : target.locator());
        add(byVersion, m.version(), new Views.AnchorChange("moved", e.kind().label(), anchor, "moved to " + to.label(), to));
      } else if (e.status() instanceof LockEntry.Retired r) {
        add(byVersion, r.version(), new Views.AnchorChange("retired", e.kind().label(), anchor, r.reason(), null));
      }
    }
    List<Views.ChangeGroup> groups = byVersion.entrySet().stream()
        .map(g -> new Views.ChangeGroup(g.getKey(), "v" + g.getKey().replaceAll("[^0-9A-Za-z]+", "-"), List.copyOf(g.getValue())))
        .toList();
    long live = entries.stream().filter(LockEntry::live).count();
    return new Views.ChangeLog(locked, version, (int) live, SitePlan.relative(pagePath, manifestPath), groups);
  }

  private static void add(Map<String, List<Views.AnchorChange>> byVersion, String version, Views.AnchorChange change) {
    byVersion.computeIfAbsent(version, v -> new ArrayList<>()).add(change);
  }

  private static Views.Link link(String fromPath, AnchorRef to, String label) {
    return new Views.Link(SitePlan.relative(fromPath, to.page()) + "#" + to.fragment(), label);
  }
}
