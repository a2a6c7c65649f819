package org.apparatus.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;

/** Comparisons of two builds that must agree: their printed diagnostics and their files, byte for byte. */
final class SameBuild {
  private SameBuild() {}

  /** The diagnostics as the command line prints them. */
  static String printed(Build.Result result) {
    StringWriter text = new StringWriter();
    result.printer().printText(result.diagnostics().sorted(), new PrintWriter(text));
    return text.toString();
  }

  /** Fails at the first file that differs, showing where; {@code what} names the comparison. */
  static void assertSameFiles(String what, Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()), what + ": the paths of the files");
    for (Map.Entry<String, byte[]> e : expected.entrySet()) {
      if (!Arrays.equals(e.getValue(), actual.get(e.getKey()))) {
        fail(what + ": " + e.getKey() + " differs:\n" + firstDifference(e.getValue(), actual.get(e.getKey())));
      }
    }
  }

  private static String firstDifference(byte[] expected, byte[] actual) {
    String a = new String(expected, StandardCharsets.UTF_8);
    String b = new String(actual, StandardCharsets.UTF_8);
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 80);
    return "expected …" + a.substring(from, Math.min(a.length(), i + 80)) + "…\n  actual …" + b.substring(from, Math.min(b.length(), i + 80)) + "…";
  }
}
