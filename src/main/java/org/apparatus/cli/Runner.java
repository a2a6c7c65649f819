package org.apparatus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apparatus.build.Build;
import org.apparatus.diagnostic.DiagnosticPrinter;
import org.apparatus.load.SourceFile;

/** Runs the pipeline for a command and prints its diagnostics. */
final class Runner {
  private Runner() {}

  static int run(SiteOptions o, boolean write, PrintWriter out, PrintWriter err) {
    Build.Result result = buildAndReport(o, write, out, err);
    if (result.failed()) {
      return Main.CONTENT_ERRORS;
    }
    if (o.format == SiteOptions.Format.text) {
      out.println((write ? "built " + result.files().size() + " files into " + o.site : "checked " + result.files().size() + " files: no errors"));
    }
    return Main.OK;
  }

  /** Builds (writing the site only if asked) and prints the diagnostics in the chosen format. */
  static Build.Result buildAndReport(SiteOptions o, boolean write, PrintWriter out, PrintWriter err) {
    Path root = o.root.toAbsolutePath().normalize();
    Build.Result result = Build.run(new Build.Options(root, o.content, o.templates, o.site, o.baseUrl, o.strict, write));
    Map<String, List<String>> lines = new HashMap<>();
    for (SourceFile f : result.sources()) {
      lines.put(f.path(), f.lines());
    }
    DiagnosticPrinter printer = new DiagnosticPrinter(p -> lines.getOrDefault(p, List.of()));
    var diagnostics = result.diagnostics().sorted();
    if (o.format == SiteOptions.Format.json) {
      printer.printJson(diagnostics, out);
    } else if (!diagnostics.isEmpty()) {
      printer.printText(diagnostics, err);
    }
    if (result.failed()) {
      if (o.format == SiteOptions.Format.text) {
        err.println(write ? "build failed; the existing site was left unchanged" : "check failed");
      }
    }
    return result;
  }
}
