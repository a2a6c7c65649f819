package org.apparatus.anchors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.model.EditionMeta;
import org.apparatus.site.RenderedSite;
import org.apparatus.site.StageContext;

/**
 * The anchor stage of the build, run on the rendered pages: compares their anchors with the lockfile
 * (a locked anchor that disappears unmarked fails the build), keeps moved and retired fragments
 * working, renders the changes page and writes the anchor manifest.
 */
public final class AnchorStage {
  private AnchorStage() {}

  public static void apply(StageContext context, RenderedSite site) {
    Diagnostics diagnostics = context.diagnostics();
    if (diagnostics.hasErrors()) {
      return; // pages missing after earlier errors would all look removed
    }
    EditionMeta meta = context.resolved().edition().meta();
    Lockfile lock = Lockfile.read(context.loader(), context.content(), diagnostics);
    if (!lock.readable()) {
      return;
    }
    List<Anchor> anchors = AnchorCollector.collect(site, context.plan(), context.resolved().edition(), context.anchors());
    AnchorAudit audit = AnchorAudit.of(anchors, lock, lock.entries());
    audit.report(diagnostics, meta.version());
    if (audit.blocked()) {
      return;
    }
    Map<AnchorRef, Anchor> current = new HashMap<>();
    anchors.forEach(a -> current.put(a.ref(), a));
    List<LockEntry> entries = LockUpdate.accept(lock.entries(), anchors, meta.version(), lock.path());
    AnchorNotices.apply(site, entries, current, context.pages());
    var changes = context.plan().page("changes");
    var view = ChangeLogView.of(lock.present(), entries, current, meta.version(), changes.path(), AnchorManifest.PATH);
    context.pages().render(changes, "changes.ftlh", Map.of("changes", view))
        .ifPresent(html -> site.putPage(changes.path(), html));
    Set<AnchorRef> locked = lock.entries().stream().map(LockEntry::ref).collect(Collectors.toSet());
    site.put(AnchorManifest.PATH, AnchorManifest.json(meta, entries, locked).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
