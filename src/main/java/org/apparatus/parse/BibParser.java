package org.apparatus.parse;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** Reads BibTeX files into CSL item data, reporting syntax errors with their line. */
public final class BibParser {
  private static final Pattern ENTRY_START = Pattern.compile("@\\w+\\s*\\{\\s*([^\\s,]+)\\s*,");
  private static final Pattern LINE_COL = Pattern.compile("line (\\d+), column (\\d+)");
  private final Diagnostics diagnostics;
  private final Map<String, SourcePos> seen = new HashMap<>();

  public BibParser(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public List<BibEntry> parse(SourceFile file) {
    BibTeXDatabase database;
    try {
      database = new BibTeXParser().parse(new StringReader(file.content()));
    } catch (org.jbibtex.ParseException e) {
      SourcePos pos = e.currentToken != null && e.currentToken.next != null
          ? new SourcePos(file.path(), Math.max(1, e.currentToken.next.beginLine), Math.max(1, e.currentToken.next.beginColumn))
          : posFromMessage(file, e.getMessage());
      diagnostics.error(Code.BIBTEX_SYNTAX, pos, "BibTeX syntax error: " + firstLine(e.getMessage()),
          "check braces and commas: each field is `name = {value},`");
      return List.of();
    } catch (org.jbibtex.TokenMgrException | IllegalArgumentException e) {
      diagnostics.error(Code.BIBTEX_SYNTAX, posFromMessage(file, e.getMessage()), "BibTeX syntax error: " + firstLine(e.getMessage()),
          "check braces, quotes and `@type{key,` headers");
      return List.of();
    }
    BibTeXConverter converter = new BibTeXConverter();
    List<BibEntry> entries = new ArrayList<>();
    Map<String, SourcePos> positions = entryPositions(file);
    for (Map.Entry<Key, BibTeXEntry> e : database.getEntries().entrySet()) {
      String key = e.getKey().getValue();
      SourcePos pos = positions.getOrDefault(key, file.start());
      SourcePos first = seen.putIfAbsent(key, pos);
      if (first != null) {
        diagnostics.error(Code.DUPLICATE_ID, pos, "BibTeX key `" + key + "` is already defined at " + first,
            "keep one entry and cite it everywhere, or rename one key");
        continue;
      }
      CSLItemData item;
      try {
        BibTeXDatabase one = new BibTeXDatabase();
        one.addObject(e.getValue());
        item = converter.toItemData(one).get(key);
      } catch (RuntimeException ex) {
        diagnostics.error(Code.BIBTEX_SYNTAX, pos, "cannot convert entry `" + key + "`: " + ex.getMessage(), "check the entry's fields");
        continue;
      }
      entries.add(new BibEntry(key, item, pos));
    }
    return entries;
  }

  /** Where each entry starts, by key: one scan of the file. */
  private static Map<String, SourcePos> entryPositions(SourceFile file) {
    Map<String, SourcePos> positions = new HashMap<>();
    Matcher m = ENTRY_START.matcher(file.content());
    while (m.find()) {
      positions.putIfAbsent(m.group(1), file.posAt(m.start()));
    }
    return positions;
  }

  private static SourcePos posFromMessage(SourceFile file, String message) {
    Matcher m = LINE_COL.matcher(message == null ? "" : message);
    return m.find() ? new SourcePos(file.path(), Math.max(1, Integer.parseInt(m.group(1))), Math.max(1, Integer.parseInt(m.group(2))))
        : file.start();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unexpected input";
    }
    String line = message.lines().findFirst().orElse("").strip();
    return line.length() > 160 ? line.substring(0, 160) + "…" : line;
  }
}
