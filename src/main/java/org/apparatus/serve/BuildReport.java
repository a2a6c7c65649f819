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

  /** A build that ended with an exception instead of a result: a bug, shown with where it happened. */
  public static BuildReport crashed(Throwable e) {
    StringBuilder b = new StringBuilder("internal error: the build stopped with ").append(e).append('\n');
    StackTraceElement[] frames = e.getStackTrace();
    for (int i = 0; i < Math.min(frames.length, 12); i++) {
      b.append("    at ").append(frames[i]).append('\n');
    }
    b.append("This is a bug in Apparatus, not in the edition: please report it with the lines above.\n");
    return new BuildReport(false, b.toString());
  }
}
