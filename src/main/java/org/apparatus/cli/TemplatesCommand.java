package org.apparatus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apparatus.diagnostic.DidYouMean;
import org.apparatus.theme.BuiltInTheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "templates", mixinStandardHelpOptions = true,
    description = {"List the built-in templates and assets, marking those the edition's templates directory overrides.",
        "With --eject, copy built-in files into the templates directory to edit them; a file there replaces the built-in "
            + "file of the same name, and every other file stays built in."})
final class TemplatesCommand implements Callable<Integer> {
  @Option(names = "--templates", defaultValue = "templates", description = "Templates directory (default: ${DEFAULT-VALUE}).")
  Path templates;

  @Option(names = "--eject", description = "Copy the named files (all of them if none is named) into the templates directory.")
  boolean eject;

  @Option(names = "--force", description = "With --eject, replace files the templates directory already has.")
  boolean force;

  @Parameters(paramLabel = "NAME", arity = "0..*", description = "Built-in files to eject, e.g. layout.ftlh or assets/style.css.")
  List<String> names = new ArrayList<>();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    var theme = BuiltInTheme.files();
    if (!eject) {
      if (!names.isEmpty()) {
        err.println("error: name files only with --eject");
        return Main.USAGE;
      }
      theme.keySet().forEach(n -> out.println((Files.isRegularFile(templates.resolve(n)) ? "overridden  " : "built-in    ") + n));
      return Main.OK;
    }
    for (String n : names) {
      if (!theme.containsKey(n)) {
        err.println("error: the built-in theme has no file `" + n + "`"
            + DidYouMean.phrase(n, theme.keySet()).map(p -> "; " + p).orElse("") + " (`apparatus templates` lists them)");
        return Main.USAGE;
      }
    }
    List<String> chosen = names.isEmpty() ? List.copyOf(theme.keySet()) : names;
    int written = 0;
    try {
      for (String n : chosen) {
        Path target = templates.resolve(n);
        if (Files.exists(target) && !force) {
          err.println("kept " + target + " (it exists; --force replaces it)");
          continue;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, theme.get(n));
        out.println("wrote " + target);
        written++;
      }
    } catch (IOException e) {
      err.println("error: cannot write into " + templates + ": " + e.getMessage());
      return Main.CONTENT_ERRORS;
    }
    out.println(written + " file(s) ejected; the edition's copies now replace the built-in ones");
    return Main.OK;
  }
}
