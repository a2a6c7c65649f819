package org.apparatus.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apparatus.cache.BuildCache;
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
import org.apparatus.parse.MediaResolver;
import org.apparatus.plan.Planner;
import org.apparatus.plan.SitePlan;
import org.apparatus.publish.Publisher;
import org.apparatus.render.SiteRenderer;
import org.apparatus.render.Templates;
import org.apparatus.resolve.ResolvedEdition;
import org.apparatus.resolve.Resolver;
import org.apparatus.site.RenderedSite;
import org.apparatus.site.StageContext;
import org.apparatus.write.Assets;
import org.apparatus.write.MediaCopies;
import org.apparatus.write.SiteUpdate;
import org.apparatus.write.SiteWriter;

/**
 * The pipeline: load → parse → resolve → plan → render → publish → check → write. Rendering gives the
 * site in memory, each page parsed once; the publish stages and the checks read and change that site,
 * and writing serialises it.
 */
public final class Build {
  /** How much of the pipeline runs. */
  public enum Mode {
    /** Everything: the published site with its downloads. */
    SITE,
    /** The site without the EPUB and ZIP, which a live preview rebuilds too often to afford. */
    PREVIEW,
    /** Only load, parse, resolve and plan: enough to cite an anchor. Nothing is rendered or written. */
    MODEL
  }

  /**
   * Where the sources are, where the site goes, how strict to be, how much to build and whether the build cache in
   * the edition's {@code .apparatus-cache/} is used (only the command line uses it; a build made in code leaves the
   * edition's directory as it found it).
   */
  public record Options(Path root, Path content, Path templates, Path site, String baseUrl, boolean strict, boolean write,
      Mode mode, BuildCache.Policy cache) {
    public Options(Path root, Path content, Path templates, Path site, String baseUrl, boolean strict, boolean write) {
      this(root, content, templates, site, baseUrl, strict, write, Mode.SITE);
    }

    public Options(Path root, Path content, Path templates, Path site, String baseUrl, boolean strict, boolean write,
        Mode mode) {
      this(root, content, templates, site, baseUrl, strict, write, mode, BuildCache.Policy.NONE);
    }

    public Options withMode(Mode mode) {
      return new Options(root, content, templates, site, baseUrl, strict, write, mode, cache);
    }

    public Options withCache(BuildCache.Policy cache) {
      return new Options(root, content, templates, site, baseUrl, strict, write, mode, cache);
    }
  }

  /** The outcome of a run: its diagnostics, the site produced and the sources read (for printing lines). */
  public record Result(Diagnostics diagnostics, RenderedSite site, List<SourceFile> sources, boolean failed,
      ResolvedEdition resolved, SitePlan plan) {
    /** Every file of the site as it is (or would be) written, by path. */
    public Map<String, byte[]> files() {
      return site.files();
    }

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
    return run(options, Reuse.nothing());
  }

  /** One build that may draw on, and adds to, what earlier builds of the same series left in {@code reuse}. */
  public static Result run(Options options, Reuse reuse) {
    Timings timings = new Timings();
    Diagnostics diagnostics = new Diagnostics();
    ContentLoader loader = new ContentLoader(options.root(), diagnostics);
    ContentSet content = loader.load(options.content());
    timings.mark("load");
    Edition edition = new EditionParser(diagnostics, new MediaResolver(options.root(), options.content(), diagnostics),
        reuse.markdownForNextBuild(), reuse.bibForNextBuild()).parse(content);
    timings.mark("parse");
    if (options.baseUrl() != null) {
      edition = withBaseUrl(edition, options.baseUrl());
    }
    ResolvedEdition resolved = new Resolver(diagnostics).resolve(edition);
    timings.mark("resolve");
    SitePlan plan = new Planner(diagnostics).plan(edition);
    timings.mark("plan");
    RenderedSite site = new RenderedSite();
    if (options.mode() == Mode.MODEL) {
      timings.report();
      return new Result(diagnostics, site, loader.loaded(), diagnostics.failed(options.strict()), resolved, plan);
    }
    StageContext context = null;
    BuildCache cache = BuildCache.open(options.root(), options.cache());
    try {
      Templates templates = new Templates(options.templates(), loader.relative(options.templates()), diagnostics,
          reuse.templatesForNextBuild(options.templates()));
      SiteRenderer renderer = new SiteRenderer(resolved, plan, templates, diagnostics, cache);
      site.putAll(renderer.render());
      Map<String, byte[]> assets = new TreeMap<>();
      Assets.addFrom(options.templates(), assets);
      MediaCopies.addTo(edition.media(), assets, diagnostics, loader.relative(options.content()));
      assets.forEach(site::put);
      timings.mark("render");
      context = new StageContext(resolved, plan, options.root(), options.content(), options.templates(), diagnostics, loader,
          renderer, options.mode() == Mode.SITE ? StageContext.Downloads.BUILT : StageContext.Downloads.LEFT_OUT, reuse.anchorsForNextBuild());
      Publisher.run(context, site);
      timings.mark("publish");
    } catch (IOException e) {
      diagnostics.error(Code.IO_ERROR, SourcePos.fileStart(loader.relative(options.templates())), "cannot read templates: " + e.getMessage(), "");
    }
    if (context != null) {
      SiteChecker.of(context).check(site, diagnostics.hasErrors() ? SiteChecker.Scope.EXTERNAL_ASSETS : SiteChecker.Scope.ALL);
    }
    timings.mark("check");
    boolean failed = diagnostics.failed(options.strict());
    if (!failed && options.write()) {
      failed = write(site.files(), options, reuse, diagnostics, loader);
    }
    if (!failed) {
      cache.save();
    }
    timings.mark("write");
    timings.report();
    return new Result(diagnostics, site, loader.loaded(), failed, resolved, plan);
  }

  /** Writes the site, in place when {@code reuse} knows what the directory holds; true if writing failed. */
  private static boolean write(Map<String, byte[]> files, Options options, Reuse reuse, Diagnostics diagnostics, ContentLoader loader) {
    SourcePos where = SourcePos.fileStart(loader.relative(options.site()));
    Optional<Map<String, byte[]>> previous = reuse.writtenTo(options.site());
    if (previous.isPresent()) {
      try {
        SiteUpdate.apply(previous.get(), files, options.site());
        reuse.wrote(options.site(), files);
        return false;
      } catch (IOException e) {
        // part of the update may be on disk: the next build writes the whole site again
        reuse.wrote(options.site(), null);
        diagnostics.error(Code.IO_ERROR, where, "cannot update the site in place: " + e.getMessage(),
            "check that the site directory is writable; the next build writes it whole");
        return true;
      }
    }
    try {
      SiteWriter.write(files, options.site()).ifPresent(note -> diagnostics.warning(Code.IO_ERROR, where, note,
          "the new site is complete; only the old copy is left over"));
      reuse.wrote(options.site(), files);
      return false;
    } catch (SiteWriter.WriteFailure e) {
      reuse.wrote(options.site(), null);
      diagnostics.error(Code.IO_ERROR, where, e.getMessage(),
          e.previousSiteIntact() ? "check that the directory and its parent are writable"
              : "move the previous site back by hand: the site directory is missing");
      return true;
    }
  }

  private static Edition withBaseUrl(Edition e, String baseUrl) {
    var m = e.meta();
    String base = EditionParser.normaliseBase(baseUrl);
    var meta = m.withBaseUrl(base);
    return e.withMeta(meta);
  }
}
