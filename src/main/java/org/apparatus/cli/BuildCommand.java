package org.apparatus.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the edition from content/ and templates/ into site/ (replaced only if the build succeeds).")
final class BuildCommand implements Callable<Integer> {
  @Mixin
  SiteOptions options;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return Runner.run(options, true, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
