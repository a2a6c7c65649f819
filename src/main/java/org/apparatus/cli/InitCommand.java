package org.apparatus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apparatus.starter.StarterEdition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
    description = {"Start a new edition in DIR: two public-domain texts with notes, a glossary, references, an introduction, "
        + "a commented content/edition.yaml, a .gitignore and a GitHub Pages workflow.",
        "The default templates are built in; `apparatus templates --eject` copies them out for editing."})
final class InitCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = ".", description = "Where to start the edition (default: the current directory).")
  Path dir;

  @Option(names = "--force", description = "Write into a directory that is not empty, replacing the starter's files there.")
  boolean force;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (!force && !StarterEdition.isEmpty(dir)) {
        err.println("error: " + dir + " is not empty; start the edition in a new directory, or pass --force to write the "
            + "starter's files into it (files of the same name are replaced)");
        return Main.USAGE;
      }
      int n = StarterEdition.writeTo(dir).size();
      out.println("wrote a starter edition (" + n + " files) into " + dir);
      out.println("next: cd " + dir + " && apparatus serve    (then edit content/ and watch the site rebuild)");
      return Main.OK;
    } catch (IOException e) {
      err.println("error: cannot write the starter edition into " + dir + ": " + e.getMessage());
      return Main.CONTENT_ERRORS;
    }
  }
}
