package org.apparatus.parse;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.load.SourceFile;
import org.apparatus.model.BibEntry;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.Value;

/**
 * Reads BibTeX files into CSL item data. A syntax error is reported once, at the place that caused
 * it, and the file's other entries are still read; a key defined twice and a URL the site may not
 * link to are reported at their line.
 */
public final class BibParser {
  private static final Pattern ENTRY_START = Pattern.compile("@\\s*(\\w+)\\s*\\{\\s*([^\\s,{}]+)\\s*,");
  private static final Pattern LINE_COL = Pattern.compile("line (\\d+), column (\\d+)");
  /** Fields that hold a link; the citation style may turn any of them into one. */
  private static final List<String> LINK_FIELDS = List.of("url", "doi", "eprint", "howpublished");
  private final Diagnostics diagnostics;
  private final Map<String, SourcePos> seen = new HashMap<>();

  public BibParser(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public List<BibEntry> parse(SourceFile file) {
    Optional<BibChunks.Unclosed> deep = BibChunks.tooDeep(file.content());
    if (deep.isPresent()) {
      diagnostics.error(Code.BIBTEX_SYNTAX, new SourcePos(file.path(), deep.get().line(), deep.get().column()),
          "BibTeX syntax error: braces nested more than " + BibChunks.MAX_BRACE_DEPTH + " levels deep",
          "close the braces of this value; the file is not read until then");
      return List.of();
    }
    Optional<BibTeXDatabase> whole = tryParse(file.content());
    List<BibTeXEntry> parsed = new ArrayList<>();
    if (whole.isPresent()) {
      parsed.addAll(whole.get().getEntries().values());
    } else {
      // Parse entry by entry, so that one broken entry is one error and the others still load.
      for (BibChunks.Chunk chunk : BibChunks.split(file.content())) {
        String padded = "\n".repeat(chunk.line() - 1) + chunk.text();
        Optional<BibTeXDatabase> one = tryParse(padded);
        if (one.isPresent()) {
          parsed.addAll(one.get().getEntries().values());
        } else {
          reportSyntaxError(file, chunk, padded);
        }
      }
    }
    return convert(file, parsed);
  }

  private List<BibEntry> convert(SourceFile file, List<BibTeXEntry> parsed) {
    Map<String, List<SourcePos>> positions = entryPositions(file);
    Map<String, Integer> taken = new HashMap<>();
    BibTeXConverter converter = new BibTeXConverter();
    List<BibEntry> entries = new ArrayList<>();
    for (List<SourcePos> places : positions.values()) {
      for (int i = 1; i < places.size(); i++) {
        reportDuplicate(keyAt(file, places.get(i)), places.get(i), places.get(0));
      }
    }
    for (BibTeXEntry entry : parsed) {
      String key = entry.getKey().getValue();
      List<SourcePos> places = positions.getOrDefault(key, List.of(file.start()));
      // the parser keeps the last of several entries with one key: it is at the last position
      SourcePos pos = places.get(places.size() - 1);
      if (taken.merge(key, 1, Integer::sum) > 1) {
        continue;
      }
      SourcePos first = seen.putIfAbsent(key, places.get(0));
      if (first != null) {
        reportDuplicate(key, places.get(0), first);
        continue;
      }
      dropUnsafeLinks(file, entry, pos);
      CSLItemData item;
      try {
        BibTeXDatabase one = new BibTeXDatabase();
        one.addObject(entry);
        item = converter.toItemData(one).get(key);
      } catch (RuntimeException ex) {
        diagnostics.error(Code.BIBTEX_SYNTAX, pos, "cannot convert entry `" + key + "`: " + ex.getMessage(), "check the entry's fields");
        continue;
      }
      if (item == null) {
        diagnostics.error(Code.BIBTEX_SYNTAX, pos, "cannot convert entry `" + key + "`", "check the entry's type and fields");
        continue;
      }
      entries.add(new BibEntry(key, withSafeLinks(item), pos));
    }
    return entries;
  }

  private void reportDuplicate(String key, SourcePos pos, SourcePos first) {
    diagnostics.error(Code.DUPLICATE_ID, pos, "BibTeX key `" + key + "` is already defined at " + first,
        "keep one entry and cite it everywhere, or rename one key");
  }

  private static String keyAt(SourceFile file, SourcePos pos) {
    Matcher m = ENTRY_START.matcher(file.content());
    int offset = offsetOf(file, pos);
    return m.find(offset) && m.start() == offset ? m.group(2) : "?";
  }

  private static int offsetOf(SourceFile file, SourcePos pos) {
    int line = 1;
    int i = 0;
    String s = file.content();
    while (line < pos.line() && i < s.length()) {
      if (s.charAt(i++) == '\n') {
        line++;
      }
    }
    return i + pos.column() - 1;
  }

  /** Removes link fields with a URL the site may not carry, reporting each at its line. */
  private void dropUnsafeLinks(SourceFile file, BibTeXEntry entry, SourcePos entryPos) {
    for (String name : LINK_FIELDS) {
      Key field = new Key(name);
      Value value = entry.getField(field);
      if (value == null) {
        continue;
      }
      String url = value.toUserString().strip();
      String probe = name.equals("doi") ? url.replaceFirst("(?i)^doi:", "") : url;
      if (name.equals("howpublished") && !probe.toLowerCase(Locale.ROOT).contains(":")) {
        continue;
      }
      Optional<String> problem = UrlPolicy.problem(probe);
      if (problem.isPresent()) {
        entry.removeField(field);
        diagnostics.error(Code.UNSAFE_URL, fieldPos(file, entryPos, name),
            "`" + name + "` of `" + entry.getKey().getValue() + "` " + problem.get() + ": it is left out of the site",
            "give the address of the work as an http(s) link");
      }
    }
  }

  /** The item with any link the converter derived that the site may not carry removed (already reported). */
  private static CSLItemData withSafeLinks(CSLItemData item) {
    boolean badUrl = item.getURL() != null && UrlPolicy.allow(item.getURL()).isEmpty();
    boolean badDoi = item.getDOI() != null && UrlPolicy.allow(item.getDOI().replaceFirst("(?i)^doi:", "")).isEmpty();
    if (!badUrl && !badDoi) {
      return item;
    }
    CSLItemDataBuilder b = new CSLItemDataBuilder(item);
    if (badUrl) {
      b.URL(null);
    }
    if (badDoi) {
      b.DOI(null);
    }
    return b.build();
  }

  private static SourcePos fieldPos(SourceFile file, SourcePos entryPos, String field) {
    Matcher m = Pattern.compile("(?i)\\b" + field + "\\s*=").matcher(file.content());
    return m.find(offsetOf(file, entryPos)) ? file.posAt(m.start()) : entryPos;
  }

  private static Optional<BibTeXDatabase> tryParse(String text) {
    try {
      return Optional.of(new BibTeXParser().parse(new StringReader(text)));
    } catch (org.jbibtex.ParseException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private void reportSyntaxError(SourceFile file, BibChunks.Chunk chunk, String padded) {
    Optional<BibChunks.Unclosed> unclosed = BibChunks.unclosedBrace(chunk);
    if (unclosed.isPresent()) {
      diagnostics.error(Code.BIBTEX_SYNTAX, new SourcePos(file.path(), unclosed.get().line(), unclosed.get().column()),
          "BibTeX syntax error: this `{` is never closed",
          "close the brace of this value with `}`; every field is `name = {value},`");
      return;
    }
    SourcePos pos;
    String message;
    try {
      new BibTeXParser().parse(new StringReader(padded));
      return;
    } catch (org.jbibtex.ParseException e) {
      pos = e.currentToken != null && e.currentToken.next != null
          ? new SourcePos(file.path(), Math.max(1, e.currentToken.next.beginLine), Math.max(1, e.currentToken.next.beginColumn))
          : posFromMessage(file, e.getMessage(), chunk);
      message = e.getMessage();
    } catch (RuntimeException e) {
      pos = posFromMessage(file, e.getMessage(), chunk);
      message = e.getMessage();
    }
    diagnostics.error(Code.BIBTEX_SYNTAX, pos, "BibTeX syntax error: " + firstLine(message),
        "check braces, quotes and commas: each entry is `@type{key,` then `name = {value},` fields and a closing `}`");
  }

  /** Where each entry starts, by key, in file order: one scan of the file. */
  private static Map<String, List<SourcePos>> entryPositions(SourceFile file) {
    Map<String, List<SourcePos>> positions = new java.util.LinkedHashMap<>();
    Matcher m = ENTRY_START.matcher(file.content());
    while (m.find()) {
      String type = m.group(1).toLowerCase(Locale.ROOT);
      if (type.equals("string") || type.equals("comment") || type.equals("preamble")) {
        continue;
      }
      positions.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(file.posAt(m.start()));
    }
    return positions;
  }

  private static SourcePos posFromMessage(SourceFile file, String message, BibChunks.Chunk chunk) {
    Matcher m = LINE_COL.matcher(message == null ? "" : message);
    return m.find() ? new SourcePos(file.path(), Math.max(1, Integer.parseInt(m.group(1))), Math.max(1, Integer.parseInt(m.group(2))))
        : new SourcePos(file.path(), chunk.line(), 1);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unexpected input";
    }
    String line = message.lines().findFirst().orElse("").strip();
    return line.length() > 160 ? line.substring(0, 160) + "…" : line;
  }
}
