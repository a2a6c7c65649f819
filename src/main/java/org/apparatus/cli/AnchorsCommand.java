package org.apparatus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apparatus.anchors.Anchor;
import org.apparatus.anchors.AnchorAudit;
import org.apparatus.anchors.AnchorCollector;
import org.apparatus.anchors.AnchorKind;
import org.apparatus.anchors.AnchorRef;
import org.apparatus.anchors.LockEntry;
import org.apparatus.anchors.LockUpdate;
import org.apparatus.anchors.Lockfile;
import org.apparatus.anchors.LockfileWriter;
import org.apparatus.build.Build;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostic;
import org.apparatus.diagnostic.DiagnosticPrinter;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.Severity;
import org.apparatus.load.ContentLoader;
import org.apparatus.load.SourceFile;
import org.apparatus.model.Edition;
import org.apparatus.plan.Planner;
import org.apparatus.plan.SitePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "anchors", mixinStandardHelpOptions = true,
    description = {"List the anchors of the site and how they compare with content/anchors.lock.",
        "The lockfile is written only with --accept, --move or --retire. Exit code 1 while a locked anchor is gone unmarked."})
final class AnchorsCommand implements Callable<Integer> {
  /** The audit's own findings; the command recomputes them after applying --move and --retire. */
  private static final Set<Code> AUDIT = Set.of(Code.ANCHOR_REMOVED, Code.ANCHOR_CHANGED, Code.ANCHOR_UNLOCKED,
      Code.ANCHOR_LOCK_CONFLICT);

  @Mixin
  SiteOptions options;

  @Option(names = "--accept", description = "Write the lockfile: lock new anchors and record changed ones under the edition's version. "
      + "Refused while a locked anchor is gone without a moved or retired mark.")
  boolean accept;

  @Option(names = "--move", paramLabel = "OLD=NEW", description = "Mark the locked anchor OLD, which is gone, as moved to NEW. "
      + "Write anchors as page#fragment (essay/index.html#s2-p3) or id#fragment (essay#s2-p3); NEW may be a bare fragment on OLD's page.")
  List<String> moves = new ArrayList<>();

  @Option(names = "--retire", paramLabel = "ANCHOR", description = "Mark the locked anchor, which is gone, as retired (with --reason).")
  List<String> retirements = new ArrayList<>();

  @Option(names = "--reason", description = "Why the retired anchors went; shown on their tombstone and on the changes page.")
  String reason;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (retirements.isEmpty() != (reason == null)) {
      throw new ParameterException(spec.commandLine(), "--retire and --reason go together");
    }
    Path root = options.root.toAbsolutePath().normalize();
    Build.Result result = Build.run(new Build.Options(root, options.content, options.templates, options.site, options.baseUrl, false, false,
        Build.Mode.PREVIEW)); // the anchors are on the pages; the downloads are not needed
    List<Diagnostic> problems = result.diagnostics().sorted().stream().filter(d -> !AUDIT.contains(d.code())).toList();
    if (problems.stream().anyMatch(d -> d.severity() == Severity.ERROR)) {
      print(problems, result.sources(), err);
      err.println("cannot list anchors until the edition builds");
      return Main.CONTENT_ERRORS;
    }
    Edition edition = result.resolved().edition();
    SitePlan plan = new Planner(new Diagnostics()).plan(edition);
    Diagnostics diagnostics = new Diagnostics();
    ContentLoader loader = new ContentLoader(root, diagnostics);
    Lockfile lock = Lockfile.read(loader, options.content, diagnostics);
    List<Anchor> anchors = AnchorCollector.collect(result.site(), plan, edition);
    String version = edition.meta().version();
    List<LockEntry> entries = new ArrayList<>(lock.entries());
    List<String> refused = mark(entries, anchors, plan, version);
    if (!refused.isEmpty()) {
      refused.forEach(r -> err.println("error: " + r));
      err.println("the lockfile was not written");
      return Main.CONTENT_ERRORS;
    }
    AnchorAudit audit = AnchorAudit.of(anchors, lock, entries);
    list(audit, out);
    boolean marked = !moves.isEmpty() || !retirements.isEmpty();
    if (audit.blocked()) {
      audit.report(diagnostics, version);
      print(diagnostics.sorted().stream().filter(d -> d.severity() == Severity.ERROR).toList(), loader.loaded(), err);
      if (accept) {
        err.println("the lockfile was not written: mark every removed anchor moved or retired first");
        return Main.CONTENT_ERRORS;
      }
    }
    if (accept) {
      entries = LockUpdate.accept(entries, anchors, version, lock.path());
    }
    if (accept || marked) {
      try {
        Files.writeString(options.content.resolve(Lockfile.FILE_NAME), LockfileWriter.format(LockUpdate.ordered(entries, anchors)),
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("error: cannot write " + lock.path() + ": " + e.getMessage());
        return Main.CONTENT_ERRORS;
      }
      out.println("wrote " + lock.path() + " (" + entries.size() + " entries)");
    }
    return audit.blocked() ? Main.CONTENT_ERRORS : Main.OK;
  }

  private List<String> mark(List<LockEntry> entries, List<Anchor> anchors, SitePlan plan, String version) {
    List<String> refused = new ArrayList<>();
    for (String move : moves) {
      int eq = move.indexOf('=');
      if (eq <= 0 || eq == move.length() - 1) {
        throw new ParameterException(spec.commandLine(), "--move takes OLD=NEW, not `" + move + "`");
      }
      AnchorRef from = ref(move.substring(0, eq), plan, null);
      AnchorRef to = ref(move.substring(eq + 1), plan, from);
      LockUpdate.move(entries, anchors, from, to, version).ifPresent(refused::add);
    }
    for (String retire : retirements) {
      LockUpdate.retire(entries, anchors, ref(retire, plan, null), reason, version).ifPresent(refused::add);
    }
    return refused;
  }

  /** Reads {@code page.html#fragment}, {@code id#fragment}, or (relative to another anchor) a bare fragment. */
  private AnchorRef ref(String written, SitePlan plan, AnchorRef samePage) {
    String s = written.strip();
    if (samePage != null && !s.contains("#")) {
      return new AnchorRef(samePage.page(), s);
    }
    if (samePage != null && s.startsWith("#") && s.length() > 1) {
      return new AnchorRef(samePage.page(), s.substring(1));
    }
    int hash = s.indexOf('#');
    if (hash <= 0 || hash == s.length() - 1) {
      throw new ParameterException(spec.commandLine(), "`" + written + "` is not an anchor: write page#fragment, e.g. essay#s2-p3");
    }
    String page = s.substring(0, hash);
    String fragment = s.substring(hash + 1);
    if (page.endsWith(".html")) {
      return AnchorRef.parse(s).orElseThrow(() -> new ParameterException(spec.commandLine(), "`" + written + "` is not an anchor"));
    }
    return new AnchorRef(plan.has(page) ? plan.page(page).path() : page + "/index.html", fragment);
  }

  private static void list(AnchorAudit audit, PrintWriter out) {
    Map<AnchorKind, Integer> kinds = new EnumMap<>(AnchorKind.class);
    Map<AnchorAudit.State, Integer> states = new EnumMap<>(AnchorAudit.State.class);
    for (AnchorAudit.Row r : audit.rows()) {
      String moved = r.entry() != null && r.entry().status() instanceof LockEntry.Moved m ? "  → " + m.to() : "";
      out.printf("%-8s %s  %s  %s%s%n", r.state().key(), r.ref(), r.kind().key(), r.locator(), moved);
      if (r.current() != null) {
        kinds.merge(r.kind(), 1, Integer::sum);
      }
      states.merge(r.state(), 1, Integer::sum);
    }
    List<String> byKind = new ArrayList<>();
    kinds.forEach((k, n) -> byKind.add(n + " " + k.key()));
    List<String> byState = new ArrayList<>();
    states.forEach((s, n) -> byState.add(n + " " + s.key()));
    int total = kinds.values().stream().mapToInt(Integer::intValue).sum();
    out.println();
    out.println(total + " anchors in the site (" + String.join(", ", byKind) + "); " + String.join(", ", byState));
  }

  private static void print(List<Diagnostic> diagnostics, List<SourceFile> sources, PrintWriter err) {
    Map<String, List<String>> lines = new HashMap<>();
    sources.forEach(f -> lines.put(f.path(), f.lines()));
    new DiagnosticPrinter(p -> lines.getOrDefault(p, List.of())).printText(diagnostics, err);
  }
}
