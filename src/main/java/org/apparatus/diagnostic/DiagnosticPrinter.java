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
        Excerpt excerpt = Excerpt.of(lines.get(d.pos().line() - 1), d.pos().column());
        String gutter = String.valueOf(d.pos().line());
        out.println(" ".repeat(gutter.length()) + " |");
        out.println(gutter + " | " + excerpt.text());
        out.println(" ".repeat(gutter.length()) + " | " + excerpt.caretIndent() + "^");
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

  /**
   * The part of a source line shown under a diagnostic: the whole line when it is short, otherwise a window
   * around the column with an ellipsis on each cut side, so that a paragraph written on one line does not
   * flood the terminal.
   */
  record Excerpt(String text, String caretIndent) {
    static final int WIDTH = 100;

    static Excerpt of(String line, int column) {
      int caret = Math.max(0, Math.min(column, line.length() + 1) - 1);
      int start = 0;
      int end = line.length();
      if (line.length() > WIDTH) {
        start = Math.max(0, Math.min(caret - WIDTH / 2, line.length() - WIDTH));
        end = Math.min(line.length(), start + WIDTH);
        start = avoidSplitPair(line, start);
        end = avoidSplitPair(line, end);
      }
      String shown = (start > 0 ? "…" : "") + line.substring(start, end) + (end < line.length() ? "…" : "");
      StringBuilder indent = new StringBuilder(start > 0 ? " " : "");
      for (int i = start; i < caret && i < end; i++) {
        indent.append(line.charAt(i) == '\t' ? '\t' : ' ');
      }
      return new Excerpt(shown, indent.toString());
    }

    private static int avoidSplitPair(String line, int index) {
      return index > 0 && index < line.length() && Character.isLowSurrogate(line.charAt(index)) ? index - 1 : index;
    }
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
