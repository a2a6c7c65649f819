package org.apparatus.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Run everything build does except writing, and report every problem.")
final class CheckCommand implements Callable<Integer> {
  @Mixin
  SiteOptions options;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return Runner.run(options, false, spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
