package org.apparatus.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A BibTeX file cut into its entries (each starts with {@code @} at the beginning of a line), so
 * that a syntax error can be found and reported in the entry that holds it.
 */
final class BibChunks {
  private static final Pattern FIELD_START = Pattern.compile("\\n[ \\t]*[A-Za-z][\\w-]*[ \\t]*=");

  /** The text of one entry and the line it starts on (1-based). */
  record Chunk(int line, String text) {}

  /** A brace that is never closed, or that swallows the fields after it. */
  record Unclosed(int line, int column) {}

  /** Deeper brace nesting overflows the BibTeX parser's stack; real entries nest a few levels. */
  static final int MAX_BRACE_DEPTH = 64;

  private BibChunks() {}

  /** The first brace that nests deeper than {@link #MAX_BRACE_DEPTH}, if any. */
  static Optional<Unclosed> tooDeep(String content) {
    int depth = 0;
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '{') {
        if (++depth > MAX_BRACE_DEPTH) {
          return Optional.of(at(new Chunk(1, content), i));
        }
      } else if (c == '}' && depth > 0) {
        depth--;
      }
    }
    return Optional.empty();
  }

  static List<Chunk> split(String content) {
    List<Chunk> chunks = new ArrayList<>();
    int start = 0;
    int startLine = 1;
    int line = 1;
    for (int i = 0; i < content.length(); i++) {
      if (content.charAt(i) == '\n') {
        line++;
        int j = i + 1;
        while (j < content.length() && (content.charAt(j) == ' ' || content.charAt(j) == '\t')) {
          j++;
        }
        if (j < content.length() && content.charAt(j) == '@') {
          add(chunks, startLine, content.substring(start, i + 1));
          start = i + 1;
          startLine = line;
        }
      }
    }
    add(chunks, startLine, content.substring(start));
    return chunks;
  }

  private static void add(List<Chunk> chunks, int line, String text) {
    if (!text.isBlank()) {
      chunks.add(new Chunk(line, text));
    }
  }

  /**
   * The brace to blame when the braces of an entry do not balance: the first value brace that is
   * never closed or that runs over the start of another field, else the first unclosed brace.
   */
  static Optional<Unclosed> unclosedBrace(Chunk chunk) {
    String s = chunk.text();
    int[] closeOf = new int[s.length()];
    Arrays.fill(closeOf, -1);
    int[] depthOf = new int[s.length()];
    Deque<Integer> open = new ArrayDeque<>();
    boolean unbalanced = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{') {
        depthOf[i] = open.size() + 1;
        open.push(i);
      } else if (c == '}') {
        if (open.isEmpty()) {
          return Optional.of(at(chunk, i));
        }
        closeOf[open.pop()] = i;
      }
    }
    unbalanced = !open.isEmpty();
    if (!unbalanced) {
      return Optional.empty();
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '{' && depthOf[i] == 2) {
        int end = closeOf[i] < 0 ? s.length() : closeOf[i];
        if (closeOf[i] < 0 || FIELD_START.matcher(s.substring(i, end)).find()) {
          return Optional.of(at(chunk, i));
        }
      }
    }
    return Optional.of(at(chunk, open.peekLast()));
  }

  private static Unclosed at(Chunk chunk, int offset) {
    String s = chunk.text();
    int line = chunk.line();
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (s.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Unclosed(line, offset - lineStart + 1);
  }
}
