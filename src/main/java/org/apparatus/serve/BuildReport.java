package org.apparatus.serve;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.apparatus.build.Build;

/**
 * What the preview needs to know about one build: whether the site was replaced, and the
 * diagnostics in the text form {@code apparatus build} prints (empty when there were none).
 */
public record BuildReport(boolean succeeded, String diagnostics) {
  public static BuildReport of(Build.Result result) {
    StringWriter text = new StringWriter();
    result.printer().printText(result.diagnostics().sorted(), new PrintWriter(text));
    return new BuildReport(!result.failed(), text.toString());
  }
}
