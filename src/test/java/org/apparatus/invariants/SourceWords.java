package org.apparatus.invariants;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The words of a Markdown source as a reader should find them on the page, worked out from the source text
 * alone (not with the edition's parser, so that the check does not share the parser's mistakes): markup,
 * link targets, attributes and front matter left out; the author's footnotes apart.
 */
record SourceWords(List<String> body, Map<String, List<String>> footnotes) {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
  private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("^\\[\\^([^\\]]+)\\]:\\s?(.*)$");

  static SourceWords of(String source) {
    String text = source.replace("\r\n", "\n");
    if (text.startsWith("---\n")) {
      int end = text.indexOf("\n---", 4);
      text = text.substring(text.indexOf('\n', end + 1) + 1);
    }
    StringBuilder body = new StringBuilder();
    Map<String, StringBuilder> notes = new LinkedHashMap<>();
    StringBuilder current = null;
    for (String line : text.split("\n", -1)) {
      Matcher f = FOOTNOTE_DEFINITION.matcher(line);
      if (f.matches()) {
        current = notes.computeIfAbsent(f.group(1), k -> new StringBuilder());
        current.append(f.group(2)).append('\n');
        continue;
      }
      if (current != null && (line.startsWith("    ") || line.startsWith("\t"))) {
        current.append(line).append('\n');
        continue;
      }
      current = null;
      if (line.matches("^\\s*\\[[^\\]^]+\\]:\\s+\\S+.*$") || line.matches("^\\s*\\|?\\s*:?-{3,}.*") || line.startsWith("```")) {
        continue;
      }
      body.append(line).append('\n');
    }
    Map<String, List<String>> footnotes = new LinkedHashMap<>();
    notes.forEach((k, v) -> footnotes.put(k, words(strip(v.toString()))));
    return new SourceWords(words(strip(body.toString())), footnotes);
  }

  /** Markdown and HTML syntax out, the words and link labels in. */
  static String strip(String md) {
    String s = md.replaceAll("\\{[#.][^}]*\\}|\\{(?:lang|dir)=[^}]*\\}", " ")
        .replaceAll("\\[\\^[^\\]]+\\]", " ")
        .replaceAll("!\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
        .replaceAll("\\[([^\\]]*)\\]\\((?:[^()]|\\([^)]*\\))*\\)", "$1")
        .replaceAll("\\[([^\\]]*)\\]\\[[^\\]]*\\]", "$1")
        .replaceAll("(?<!\\\\)<((?:https?|mailto):[^>\\s]+)>", " $1 ")
        .replaceAll("(?<!\\\\)<!--.*?-->", " ")
        .replaceAll("(?<!\\\\)</?[A-Za-z][^>]*>", " ")
        .replaceAll("\\\\([!-/:-@\\[-`{-~])", "$1");
    return Parser.unescapeEntities(s, false);
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
