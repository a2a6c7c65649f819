package org.apparatus.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code apparatus init|build|check|anchors|cite|serve|templates}. Exit codes: 0 ok, 1 content or template errors, 2 usage. */
@Command(name = "apparatus", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Builds annotated critical editions into static websites.",
    subcommands = {InitCommand.class, BuildCommand.class, CheckCommand.class, AnchorsCommand.class, CiteCommand.class, ServeCommand.class, TemplatesCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int CONTENT_ERRORS = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL_ERROR = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs the CLI with the given streams and returns the exit code, so tests need no subprocess. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    int code = configure(new CommandLine(new Main()), out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Streams and exit codes for a command line; a failure inside a command is a bug, reported as such. */
  static CommandLine configure(CommandLine cli, PrintWriter out, PrintWriter err) {
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("error: " + e.getMessage());
      err.println("Run `apparatus --help` for usage.");
      return USAGE;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
      err.println("internal error: " + e);
      for (StackTraceElement frame : e.getStackTrace()) {
        err.println("    at " + frame);
      }
      err.println("This is a bug in Apparatus, not in the edition: please report it with the lines above.");
      err.flush();
      return INTERNAL_ERROR;
    });
    return cli;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: init, build, check, anchors, cite, serve or templates");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"apparatus " + (v == null ? "development" : v)};
    }
  }
}
