package org.apparatus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.apparatus.build.Build;
import org.apparatus.cache.BuildCache;
import org.apparatus.build.Reuse;
import org.apparatus.diagnostic.DiagnosticPrinter;

/** Runs the pipeline for a command and prints its diagnostics. */
final class Runner {
  /** How the writer says that neither the new nor the previous site is in place. */
  private static final String SITE_NOT_RESTORED = "nor the previous one back";

  private Runner() {}

  static int run(SiteOptions o, boolean write, PrintWriter out, PrintWriter err) {
    return report(o, write, build(o, write), out, err);
  }

  static Build.Result build(SiteOptions o, boolean write) {
    return build(o, write, Build.Mode.SITE);
  }

  static Build.Result build(SiteOptions o, boolean write, Build.Mode mode) {
    return build(o, write, mode, Reuse.nothing());
  }

  static Build.Result build(SiteOptions o, boolean write, Build.Mode mode, Reuse reuse) {
    Path root = o.root.toAbsolutePath().normalize();
    return Build.run(new Build.Options(root, o.content, o.templates, o.site, o.baseUrl, o.strict, write, mode,
        o.fresh ? BuildCache.Policy.FRESH : write ? BuildCache.Policy.USE : BuildCache.Policy.READ), reuse);
  }

  /** Prints the outcome of a run as {@code build} or {@code check} does and returns the exit code. */
  static int report(SiteOptions o, boolean write, Build.Result result, PrintWriter out, PrintWriter err) {
    DiagnosticPrinter printer = result.printer();
    var diagnostics = result.diagnostics().sorted();
    if (o.format == SiteOptions.Format.json) {
      printer.printJson(diagnostics, out);
    } else if (!diagnostics.isEmpty()) {
      printer.printText(diagnostics, err);
    }
    if (result.failed()) {
      if (o.format == SiteOptions.Format.text) {
        long warnings = result.diagnostics().count(org.apparatus.diagnostic.Severity.WARNING);
        if (o.strict && warnings > 0) {
          err.println("--strict counts warnings as errors: fix the " + warnings + " warning(s) above, or build without --strict");
        }
        boolean siteLost = diagnostics.stream().anyMatch(d -> d.message().contains(SITE_NOT_RESTORED));
        err.println(!write ? "check failed" : siteLost ? "build failed; the site directory could not be restored (see above)"
            : "build failed; the existing site was left unchanged");
        err.flush();
      }
      return Main.CONTENT_ERRORS;
    }
    if (o.format == SiteOptions.Format.text) {
      out.println((write ? "built " + result.site().size() + " files into " + o.site : "checked " + result.site().size() + " files: no errors"));
      out.flush();
    }
    return Main.OK;
  }
}
