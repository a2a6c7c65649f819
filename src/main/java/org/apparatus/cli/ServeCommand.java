package org.apparatus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apparatus.build.Build;
import org.apparatus.build.Reuse;
import org.apparatus.serve.BuildReport;
import org.apparatus.serve.LivePreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Build the edition, serve site/ on a local web server, rebuild when content/ or templates/ change "
        + "and reload the open pages. Press Ctrl-C to stop.")
final class ServeCommand implements Callable<Integer> {
  @Mixin
  SiteOptions options;

  @Option(names = "--port", defaultValue = "8000", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String host;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LivePreview preview;
    try {
      preview = start(out, err);
    } catch (IOException e) {
      err.println("error: cannot serve on " + host + ":" + port + ": " + e.getMessage());
      err.flush();
      return Main.CONTENT_ERRORS;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(preview::close, "apparatus-serve-stop"));
    try {
      preview.awaitClosed();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      preview.close();
    }
    return Main.OK;
  }

  /** Builds once and starts serving; the caller stops the preview by closing it. */
  LivePreview start(PrintWriter out, PrintWriter err) throws IOException {
    Reuse reuse = Reuse.acrossBuilds();
    LivePreview preview = LivePreview.start(
        new LivePreview.Settings(options.site, host, port, List.of(options.content, options.templates)),
        () -> rebuild(out, err, reuse));
    out.println("serving " + options.site + " at " + preview.url() + ", rebuilding when " + options.content + " or "
        + options.templates + " change (Ctrl-C to stop)");
    out.flush();
    return preview;
  }

  /**
   * One build, printed in the terminal exactly as {@code apparatus build} prints it. The preview leaves
   * out the EPUB and ZIP, which would otherwise dominate every rebuild; their links say so. Each build
   * reuses what the previous one computed from unchanged inputs and writes only the files that changed.
   */
  private BuildReport rebuild(PrintWriter out, PrintWriter err, Reuse reuse) {
    try {
      Build.Result result = Runner.build(options, true, Build.Mode.PREVIEW, reuse);
      Runner.report(options, true, result, out, err);
      return BuildReport.of(result);
    } catch (RuntimeException | Error e) {
      // the terminal hears of a crash as the page does; the last good site stays served
      BuildReport report = BuildReport.crashed(e);
      err.print(report.diagnostics());
      err.flush();
      return report;
    }
  }
}
