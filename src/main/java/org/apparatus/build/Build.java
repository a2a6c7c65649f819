package org.apparatus.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apparatus.check.SiteChecker;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.DiagnosticPrinter;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.load.ContentLoader;
import org.apparatus.load.ContentSet;
import org.apparatus.load.SourceFile;
import org.apparatus.model.Edition;
import org.apparatus.parse.EditionParser;
import org.apparatus.plan.Planner;
import org.apparatus.plan.SitePlan;
import org.apparatus.publish.Publisher;
import org.apparatus.render.SiteRenderer;
import org.apparatus.render.Templates;
import org.apparatus.resolve.ResolvedEdition;
import org.apparatus.resolve.Resolver;
import org.apparatus.write.Assets;
import org.apparatus.write.SiteWriter;

/** The pipeline: load → parse → resolve → plan → render → publish → check → write. */
public final class Build {
  /** Where the sources are, where the site goes, and how strict to be. */
  public record Options(Path root, Path content, Path templates, Path site, String baseUrl, boolean strict, boolean write) {}

  /** The outcome of a run: its diagnostics, the files produced and the sources read (for printing lines). */
  public record Result(Diagnostics diagnostics, Map<String, byte[]> files, List<SourceFile> sources, boolean failed,
      ResolvedEdition resolved, SitePlan plan) {
    /** A printer that shows the offending lines of the sources this run read. */
    public DiagnosticPrinter printer() {
      Map<String, List<String>> lines = new HashMap<>();
      for (SourceFile f : sources) {
        lines.put(f.path(), f.lines());
      }
      return new DiagnosticPrinter(p -> lines.getOrDefault(p, List.of()));
    }
  }

  private Build() {}

  public static Result run(Options options) {
    Timings timings = new Timings();
    Diagnostics diagnostics = new Diagnostics();
    ContentLoader loader = new ContentLoader(options.root(), diagnostics);
    ContentSet content = loader.load(options.content());
    timings.mark("load");
    Edition edition = new EditionParser(diagnostics).parse(content);
    timings.mark("parse");
    if (options.baseUrl() != null) {
      edition = withBaseUrl(edition, options.baseUrl());
    }
    ResolvedEdition resolved = new Resolver(diagnostics).resolve(edition);
    timings.mark("resolve");
    SitePlan plan = new Planner(diagnostics).plan(edition);
    timings.mark("plan");
    Map<String, byte[]> files = Map.of();
    try {
      Templates templates = new Templates(options.templates(), loader.relative(options.templates()), diagnostics);
      SiteRenderer renderer = new SiteRenderer(resolved, plan, templates, diagnostics);
      files = new java.util.TreeMap<>(renderer.render());
      Assets.addFrom(options.templates(), files);
      timings.mark("render");
      Publisher.addDerived(new Publisher.Context(resolved, plan, options.root(), options.content(), options.templates(),
          diagnostics, loader, renderer), files);
      timings.mark("publish");
    } catch (IOException e) {
      diagnostics.error(Code.IO_ERROR, SourcePos.fileStart(loader.relative(options.templates())), "cannot read templates: " + e.getMessage(), "");
    }
    if (!diagnostics.hasErrors()) {
      new SiteChecker(diagnostics, resolved.edition().meta().baseUrl()).check(files);
    }
    timings.mark("check");
    boolean failed = diagnostics.failed(options.strict());
    if (!failed && options.write()) {
      try {
        SiteWriter.write(files, options.site()).ifPresent(note -> diagnostics.warning(Code.IO_ERROR,
            SourcePos.fileStart(loader.relative(options.site())), note, "the new site is complete; only the old copy is left over"));
      } catch (SiteWriter.WriteFailure e) {
        diagnostics.error(Code.IO_ERROR, SourcePos.fileStart(loader.relative(options.site())), e.getMessage(),
            e.previousSiteIntact() ? "check that the directory and its parent are writable"
                : "move the previous site back by hand: the site directory is missing");
        failed = true;
      }
    }
    timings.mark("write");
    timings.report();
    return new Result(diagnostics, files, loader.loaded(), failed, resolved, plan);
  }

  private static Edition withBaseUrl(Edition e, String baseUrl) {
    var m = e.meta();
    String base = EditionParser.normaliseBase(baseUrl);
    var meta = new org.apparatus.model.EditionMeta(m.title(), m.subtitle(), m.editors(), m.version(), m.date(), base,
        m.cslStyle(), m.language(), m.description(), m.license(), m.repository(), m.glossaryLinking());
    return new Edition(meta, e.texts(), e.notes(), e.terms(), e.references(), e.pages());
  }
}
