package org.apparatus.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/** One problem found in the sources, with where it is, what is wrong and how to fix it. */
public record Diagnostic(Severity severity, Code code, SourcePos pos, String message, String hint)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.pos().path())
          .thenComparingInt(d -> d.pos().line())
          .thenComparingInt(d -> d.pos().column())
          .thenComparing(d -> d.code().name())
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity);
    Objects.requireNonNull(code);
    Objects.requireNonNull(pos);
    Objects.requireNonNull(message);
    hint = hint == null ? "" : hint;
  }

  /** The one-line form: {@code path:line:col: error[CODE]: message}. */
  public String headline() {
    return pos + ": " + severity.label() + "[" + code + "]: " + message;
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }
}
