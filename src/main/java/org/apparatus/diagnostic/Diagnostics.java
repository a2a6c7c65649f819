package org.apparatus.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one run; every stage reports here instead of throwing. Work a stage spreads over several
 * threads may report from any of them: every method is synchronised, and {@link #sorted} does not depend on the order
 * of the reports.
 */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  public synchronized void error(Code code, SourcePos pos, String message, String hint) {
    items.add(new Diagnostic(Severity.ERROR, code, pos, message, hint));
  }

  public synchronized void warning(Code code, SourcePos pos, String message, String hint) {
    items.add(new Diagnostic(Severity.WARNING, code, pos, message, hint));
  }

  public synchronized void add(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  /** Whether the run must fail: any error, or any warning when warnings are treated as errors. */
  public synchronized boolean failed(boolean strict) {
    return items.stream().anyMatch(d -> d.severity() == Severity.ERROR || strict);
  }

  public synchronized boolean hasErrors() {
    return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  public synchronized long count(Severity severity) {
    return items.stream().filter(d -> d.severity() == severity).count();
  }

  /** All problems in a stable order (by file, line, column, code), duplicates removed. */
  public synchronized List<Diagnostic> sorted() {
    return items.stream().distinct().sorted().toList();
  }
}
