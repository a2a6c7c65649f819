package org.apparatus.diagnostic;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/** Prints diagnostics as text (with the offending line and a caret) or as JSON. */
public final class DiagnosticPrinter {
  private final Function<String, List<String>> sourceLines;

  /** @param sourceLines gives the lines of a source file by its relative path (empty if unknown) */
  public DiagnosticPrinter(Function<String, List<String>> sourceLines) {
    this.sourceLines = sourceLines;
  }

  public void printText(List<Diagnostic> diagnostics, PrintWriter out) {
    for (Diagnostic d : diagnostics) {
      out.println(d.headline());
      List<String> lines = sourceLines.apply(d.pos().path());
      if (d.pos().line() <= lines.size()) {
        String line = lines.get(d.pos().line() - 1);
        String gutter = String.valueOf(d.pos().line());
        out.println(" ".repeat(gutter.length()) + " |");
        out.println(gutter + " | " + line);
        int caret = Math.min(d.pos().column(), line.length() + 1);
        out.println(" ".repeat(gutter.length()) + " | " + " ".repeat(caret - 1) + "^");
      }
      if (!d.hint().isEmpty()) {
        out.println("  = help: " + d.hint());
      }
      out.println();
    }
    long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = diagnostics.size() - errors;
    if (!diagnostics.isEmpty()) {
      out.println(errors + " error(s), " + warnings + " warning(s)");
    }
    out.flush();
  }

  public void printJson(List<Diagnostic> diagnostics, PrintWriter out) {
    out.println("[");
    for (int i = 0; i < diagnostics.size(); i++) {
      Diagnostic d = diagnostics.get(i);
      out.print("  {\"severity\": " + Json.quote(d.severity().label())
          + ", \"code\": " + Json.quote(d.code().name())
          + ", \"path\": " + Json.quote(d.pos().path())
          + ", \"line\": " + d.pos().line()
          + ", \"column\": " + d.pos().column()
          + ", \"message\": " + Json.quote(d.message())
          + ", \"hint\": " + Json.quote(d.hint()) + "}");
      out.println(i + 1 < diagnostics.size() ? "," : "");
    }
    out.println("]");
    out.flush();
  }
}
