package org.apparatus.build;

/** Stage timings, printed to stderr when APPARATUS_TIMINGS=1 (used by the benchmark). */
final class Timings {
  private final boolean enabled = "1".equals(System.getenv("APPARATUS_TIMINGS"));
  private final StringBuilder report = new StringBuilder();
  private long last = System.nanoTime();

  void mark(String stage) {
    if (enabled) {
      long now = System.nanoTime();
      report.append(String.format("%-8s %6.0f ms%n", stage, (now - last) / 1e6));
      last = now;
    }
  }

  void report() {
    if (enabled) {
      System.err.print(report);
    }
  }
}
