package org.apparatus.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticPrinterTest {

  private static String print(String line, int column) {
    Diagnostic d = new Diagnostic(Severity.ERROR, Code.UNSUPPORTED_MARKUP, new SourcePos("a.md", 1, column), "what", "how");
    StringWriter out = new StringWriter();
    new DiagnosticPrinter(p -> List.of(line)).printText(List.of(d), new PrintWriter(out));
    return out.toString();
  }


  @Test
  void aShortLineIsShownWholeWithTheCaretUnderItsColumn() {
    String printed = print("one two three", 5);
    assertTrue(printed.contains("1 | one two three\n"), printed);
    String[] lines = printed.split("\n");
    assertEquals('t', lines[2].charAt(lines[3].indexOf('^')));
  }

  @Test
  void aVeryLongLineIsCutToAWindowAroundTheColumn() {
    String line = "a".repeat(5000) + "X" + "b".repeat(5000);
    String printed = print(line, 5001);
    String[] lines = printed.split("\n");
    assertTrue(lines[2].length() < 120, "excerpt line is " + lines[2].length() + " characters");
    assertTrue(lines[2].contains("…aaa") && lines[2].endsWith("bbb…"), lines[2]);
    assertEquals('X', lines[2].charAt(lines[3].indexOf('^')));
  }

  @Test
  void theEndOfALongLineIsShownWithoutATrailingEllipsis() {
    String line = "c".repeat(300) + "Z";
    String[] lines = print(line, 301).split("\n");
    assertTrue(lines[2].endsWith("cZ"), lines[2]);
    assertEquals('Z', lines[2].charAt(lines[3].indexOf('^')));
  }

  @Test
  void tabsBeforeTheColumnKeepTheCaretAligned() {
    String[] lines = print("\t\tword", 3).split("\n");
    assertTrue(lines[3].endsWith("\t\t^"), lines[3]);
  }
}
