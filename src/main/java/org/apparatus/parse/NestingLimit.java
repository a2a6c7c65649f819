package org.apparatus.parse;

import java.util.Optional;

/**
 * Finds Markdown that would nest deeper than the parser can take. Flexmark builds and renders the
 * tree recursively, so block quotes, list items or a run of thematic-break characters thousands
 * deep exhaust the stack. The limits are far above anything an edition needs and far below what
 * the stack of a 512 KB thread holds.
 */
public final class NestingLimit {
  /** Container levels on one line: block quote markers, list markers and indentation (two columns a level). */
  public static final int MAX_DEPTH = 64;
  /** Characters in the run of {@code * - _ + >} and blanks that starts a line. */
  public static final int MAX_MARKER_RUN = 400;

  /** One line that goes too deep: its 1-based number in the checked text and why. */
  public record Violation(int line, String reason) {}

  private NestingLimit() {}

  /** The first line of {@code markdown} that nests too deep, if any. Fenced code blocks are not looked into. */
  public static Optional<Violation> check(String markdown) {
    int lineNo = 0;
    int start = 0;
    String fence = null;
    while (start <= markdown.length()) {
      int end = markdown.indexOf('\n', start);
      if (end < 0) {
        end = markdown.length();
      }
      lineNo++;
      String line = markdown.substring(start, end);
      String opening = fenceOf(line);
      if (fence != null) {
        if (opening != null && opening.charAt(0) == fence.charAt(0) && opening.length() >= fence.length()) {
          fence = null;
        }
      } else if (opening != null) {
        fence = opening;
      } else {
        Optional<String> problem = problem(line);
        if (problem.isPresent()) {
          return Optional.of(new Violation(lineNo, problem.get()));
        }
      }
      start = end + 1;
    }
    return Optional.empty();
  }

  private static Optional<String> problem(String line) {
    int depth = 0;
    int columns = 0;
    int run = 0;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == ' ') {
        columns++;
      } else if (c == '\t') {
        columns += 4;
      } else if (c == '>') {
        depth++;
      } else if (c == '*' || c == '-' || c == '+' || c == '_') {
        // a run of one character without blanks is one marker (or part of a thematic break)
        while (i + 1 < line.length() && line.charAt(i + 1) == c) {
          i++;
          run++;
        }
        depth++;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < line.length() && j - i < 10 && Character.isDigit(line.charAt(j))) {
          j++;
        }
        if (j < line.length() && (line.charAt(j) == '.' || line.charAt(j) == ')')) {
          depth++;
          run += j - i;
          i = j;
        } else {
          break;
        }
      } else {
        break;
      }
      run++;
      i++;
      if (run > MAX_MARKER_RUN) {
        return Optional.of("the line starts with more than " + MAX_MARKER_RUN + " marker characters");
      }
      if (depth + columns / 2 > MAX_DEPTH) {
        return Optional.of("the line is nested more than " + MAX_DEPTH + " levels deep (block quotes, lists or indentation)");
      }
    }
    return Optional.empty();
  }

  /** The fence a line opens or closes (``` or ~~~, at most three spaces in), or null. */
  private static String fenceOf(String line) {
    int i = 0;
    while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
      i++;
    }
    if (i >= line.length() || (line.charAt(i) != '`' && line.charAt(i) != '~')) {
      return null;
    }
    char c = line.charAt(i);
    int j = i;
    while (j < line.length() && line.charAt(j) == c) {
      j++;
    }
    return j - i >= 3 ? line.substring(i, j) : null;
  }
}
