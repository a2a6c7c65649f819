package org.apparatus.browser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads just enough of a PDF written by Chromium to tell how many pages it has and how much each page shows: the
 * number of text-showing operators (Tj, TJ) in each page's content stream. A page with at most one (its page
 * number) is blank.
 */
final class PdfPages {
  private static final Pattern OBJECT = Pattern.compile("(\\d+) 0 obj(.*?)endobj", Pattern.DOTALL);
  private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");
  private static final Pattern CONTENTS = Pattern.compile("/Contents\\s+(\\d+) 0 R");
  private static final Pattern TEXT_OPERATOR = Pattern.compile("T[jJ](?![a-zA-Z])");

  private PdfPages() {}

  /** The count of text-showing operators on each page, in the order the page objects appear. */
  static List<Integer> textRunsPerPage(byte[] pdf) {
    String latin = new String(pdf, StandardCharsets.ISO_8859_1);
    Map<Integer, String> objects = new HashMap<>();
    List<Integer> pageIds = new ArrayList<>();
    Matcher m = OBJECT.matcher(latin);
    while (m.find()) {
      int id = Integer.parseInt(m.group(1));
      objects.put(id, m.group(2));
      if (PAGE.matcher(m.group(2)).find()) {
        pageIds.add(id);
      }
    }
    List<Integer> runs = new ArrayList<>();
    for (int id : pageIds) {
      Matcher c = CONTENTS.matcher(objects.get(id));
      String content = c.find() ? stream(objects.get(Integer.parseInt(c.group(1)))) : "";
      int count = 0;
      Matcher t = TEXT_OPERATOR.matcher(content);
      while (t.find()) {
        count++;
      }
      runs.add(count);
    }
    return runs;
  }

  private static String stream(String object) {
    if (object == null || !object.contains("stream")) {
      return "";
    }
    int start = object.indexOf("stream") + "stream".length();
    while (start < object.length() && (object.charAt(start) == '\r' || object.charAt(start) == '\n')) {
      start++;
    }
    int end = object.lastIndexOf("endstream");
    byte[] raw = object.substring(start, end).getBytes(StandardCharsets.ISO_8859_1);
    if (!object.contains("/FlateDecode")) {
      return new String(raw, StandardCharsets.ISO_8859_1);
    }
    Inflater inflater = new Inflater();
    inflater.setInput(raw);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        out.write(buffer, 0, n);
      }
    } catch (DataFormatException e) {
      throw new IllegalStateException("a page's content stream does not inflate", e);
    } finally {
      inflater.end();
    }
    return out.toString(StandardCharsets.ISO_8859_1);
  }
}
