package org.apparatus.diagnostic;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one run; every stage reports here instead of throwing. */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public void error(Code code, SourcePos pos, String message, String hint) {
    items.add(new Diagnostic(Severity.ERROR, code, pos, message, hint));
  }

  public void warning(Code code, SourcePos pos, String message, String hint) {
    items.add(new Diagnostic(Severity.WARNING, code, pos, message, hint));
  }

  public void add(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  /** Whether the run must fail: any error, or any warning when warnings are treated as errors. */
  public boolean failed(boolean strict) {
    return items.stream().anyMatch(d -> d.severity() == Severity.ERROR || strict);
  }

  public boolean hasErrors() {
    return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  public long count(Severity severity) {
    return items.stream().filter(d -> d.severity() == severity).count();
  }

  /** All problems in a stable order (by file, line, column, code), duplicates removed. */
  public List<Diagnostic> sorted() {
    return items.stream().distinct().sorted().toList();
  }
}
