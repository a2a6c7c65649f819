package org.apparatus.export;

import java.util.List;
import java.util.Map;
import org.apparatus.diagnostic.Json;

/**
 * Writes maps (in their own key order), lists, strings, numbers and booleans as JSON, so that
 * exports come out byte for byte the same on every build.
 */
public final class JsonWriter {
  private JsonWriter() {}

  /** One line, no spaces, {@code <} escaped: for embedding in a page's {@code <script>} element. */
  public static String compact(Object value) {
    StringBuilder b = new StringBuilder();
    write(value, b, -1);
    return b.toString();
  }

  /** Indented by two spaces, ending with a newline: for files people may read. */
  public static String pretty(Object value) {
    StringBuilder b = new StringBuilder();
    write(value, b, 0);
    return b.append('\n').toString();
  }

  private static void write(Object value, StringBuilder b, int depth) {
    if (value instanceof Map<?, ?> map) {
      writeEntries(map.entrySet().stream().map(e -> (Object) e).toList(), '{', '}', b, depth);
    } else if (value instanceof List<?> list) {
      writeEntries(list.stream().map(v -> (Object) v).toList(), '[', ']', b, depth);
    } else if (value instanceof String s) {
      b.append(quote(s, depth < 0));
    } else if (value instanceof Number || value instanceof Boolean) {
      b.append(value);
    } else {
      throw new IllegalArgumentException("cannot write " + value + " as JSON");
    }
  }

  private static void writeEntries(List<Object> items, char open, char close, StringBuilder b, int depth) {
    b.append(open);
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      newline(b, depth + 1, depth);
      Object item = items.get(i);
      if (item instanceof Map.Entry<?, ?> e) {
        b.append(quote(String.valueOf(e.getKey()), depth < 0)).append(depth < 0 ? ":" : ": ");
        write(e.getValue(), b, depth < 0 ? -1 : depth + 1);
      } else {
        write(item, b, depth < 0 ? -1 : depth + 1);
      }
    }
    if (!items.isEmpty()) {
      newline(b, depth, depth);
    }
    b.append(close);
  }

  private static String quote(String s, boolean forHtml) {
    if (forHtml) {
      return Json.quote(s);
    }
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    int from = 0;
    for (int lt = s.indexOf('<'); lt >= 0; lt = s.indexOf('<', from)) {
      String quoted = Json.quote(s.substring(from, lt));
      b.append(quoted, 1, quoted.length() - 1).append('<');
      from = lt + 1;
    }
    String rest = Json.quote(s.substring(from));
    return b.append(rest, 1, rest.length() - 1).append('"').toString();
  }

  private static void newline(StringBuilder b, int indent, int depth) {
    if (depth >= 0) {
      b.append('\n').append("  ".repeat(indent));
    }
  }
}
