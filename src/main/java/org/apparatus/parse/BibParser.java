package org.apparatus.parse;

import de.undercouch.citeproc.bibtex.BibTeXConverter;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.io.StringReader;
import java.util.Locale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

/** Reads BibTeX files into CSL item data, reporting syntax errors with their line. */
public final class BibParser {
  private static final List<String> LINK_FIELDS = List.of("url", "doi", "eprint", "howpublished");
  private static final Pattern ENTRY_START = Pattern.compile("@\\w+\\s*\\{\\s*([^\\s,]+)\\s*,");
  /** An entry's key even when the header around it is broken (a missing comma after the key). */
  private static final Pattern LOOSE_ENTRY_START = Pattern.compile("@\\w+\\s*[{(]\\s*([^\\s,{}()=\"]+)");
  private static final Pattern BLOCK_START = Pattern.compile("(?m)^[ \\t]*(@)\\w+\\s*[{(]");
  private static final Pattern LINE_COL = Pattern.compile("line (\\d+), column (\\d+)");
  private final Diagnostics diagnostics;
  private final BibConversions conversions;
  private final Map<String, SourcePos> seen = new HashMap<>();

  public BibParser(Diagnostics diagnostics) {
    this(diagnostics, BibConversions.none());
  }

  /** A parser that takes the CSL data of an entry unchanged since the previous build from {@code conversions}. */
  public BibParser(Diagnostics diagnostics, BibConversions conversions) {
    this.diagnostics = diagnostics;
    this.conversions = conversions;
  }

  /** The entries of one file and the keys it declares that could not be read (their syntax error is reported). */
  public record Result(List<BibEntry> entries, Set<String> unreadableKeys) {}

  public List<BibEntry> parse(SourceFile file) {
    return read(file).entries();
  }

  /**
   * Reads every entry of {@code file}. When the file does not parse, each entry is read on its own, so that one
   * missing comma costs one entry: its syntax error is reported, and its key is returned as unreadable so that
   * citations of it are not reported a second time as unknown.
   */
  public Result read(SourceFile file) {
    Optional<BibChunks.Unclosed> deep = BibChunks.tooDeep(file.content());
    if (deep.isPresent()) {
      diagnostics.error(Code.BIBTEX_SYNTAX, new SourcePos(file.path(), deep.get().line(), deep.get().column()),
          "BibTeX syntax error: braces nested more than " + BibChunks.MAX_BRACE_DEPTH + " levels deep",
          "close the braces of this value; the file is not read until then");
      return new Result(List.of(), Set.of());
    }
    Optional<BibTeXDatabase> whole = database(file, file.content(), 0, true);
    if (whole.isPresent()) {
      return new Result(convert(file, whole.get()), Set.of());
    }
    List<BibEntry> entries = new ArrayList<>();
    Set<String> unreadable = new TreeSet<>();
    List<Chunk> chunks = chunks(file.content());
    String macros = chunks.stream().filter(Chunk::macros).map(Chunk::text).reduce("", String::concat);
    boolean reported = false;
    for (Chunk chunk : chunks) {
      if (chunk.macros()) {
        continue;
      }
      Optional<BibTeXDatabase> one = database(file, macros + chunk.text(), chunk.offset() - macros.length(), false);
      if (one.isPresent()) {
        entries.addAll(convert(file, one.get()));
      } else {
        reported |= report(file, macros + chunk.text(), chunk.offset() - macros.length(), chunk.offset());
        chunk.key().ifPresent(unreadable::add);
      }
    }
    if (!reported) {
      database(file, file.content(), 0, true); // no single entry is at fault: report the error of the whole file
    }
    return new Result(entries, unreadable);
  }

  /** One {@code @type{…}} block of a file, with where it starts. */
  private record Chunk(String text, int offset, Optional<String> key, boolean macros) {}

  private static List<Chunk> chunks(String content) {
    List<Integer> starts = new ArrayList<>();
    Matcher m = BLOCK_START.matcher(content);
    while (m.find()) {
      starts.add(m.start(1));
    }
    List<Chunk> chunks = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int from = starts.get(i);
      String text = content.substring(from, i + 1 < starts.size() ? starts.get(i + 1) : content.length());
      Matcher header = LOOSE_ENTRY_START.matcher(text);
      Optional<String> key = header.lookingAt() ? Optional.of(header.group(1)) : Optional.empty();
      boolean macros = text.regionMatches(true, 0, "@string", 0, 7) || text.regionMatches(true, 0, "@preamble", 0, 9);
      chunks.add(new Chunk(text, from, key, macros));
    }
    return chunks;
  }

  /** Parses {@code text} (which starts at {@code offset} of the file); reports a syntax error only if asked. */
  private Optional<BibTeXDatabase> database(SourceFile file, String text, int offset, boolean reportErrors) {
    try {
      return Optional.of(new BibTeXParser().parse(new StringReader(text)));
    } catch (org.jbibtex.ParseException | org.jbibtex.TokenMgrException | IllegalArgumentException e) {
      if (reportErrors) {
        report(file, text, offset, 0);
      }
      return Optional.empty();
    }
  }

  /**
   * Reports the syntax error of {@code text} at its place in the file, but not before {@code notBefore} (an error
   * inside the macros prepended to an entry belongs to that entry). Returns whether an error was reported.
   */
  private boolean report(SourceFile file, String text, int offset, int notBefore) {
    int from = Math.min(text.length(), Math.max(0, notBefore - offset));
    if (offset + from >= 0) {
      // the entry itself, without the macros put before it: an unclosed brace is named where it opens
      SourcePos start = file.posAt(offset + from);
      Optional<BibChunks.Unclosed> unclosed = BibChunks.unclosedBrace(new BibChunks.Chunk(start.line(), text.substring(from)));
      if (unclosed.isPresent()) {
        diagnostics.error(Code.BIBTEX_SYNTAX, new SourcePos(file.path(), unclosed.get().line(), unclosed.get().column()),
            "BibTeX syntax error: this `{` is never closed", "close the brace of this value with `}`; every field is `name = {value},`");
        return true;
      }
    }
    try {
      new BibTeXParser().parse(new StringReader(text));
      return false;
    } catch (org.jbibtex.ParseException e) {
      SourcePos pos = e.currentToken != null && e.currentToken.next != null
          ? at(file, text, offset, notBefore, e.currentToken.next.beginLine, e.currentToken.next.beginColumn)
          : at(file, text, offset, notBefore, e.getMessage());
      diagnostics.error(Code.BIBTEX_SYNTAX, pos, "BibTeX syntax error: " + firstLine(e.getMessage()),
          missingComma(file, pos).orElse("check braces and commas: each field is `name = {value},`"));
      return true;
    } catch (org.jbibtex.TokenMgrException | IllegalArgumentException e) {
      diagnostics.error(Code.BIBTEX_SYNTAX, at(file, text, offset, notBefore, e.getMessage()), "BibTeX syntax error: " + firstLine(e.getMessage()),
          "check braces, quotes and `@type{key,` headers");
      return true;
    }
  }

  /**
   * When the parser stops at the first field name of a line and the field before it has no comma after it, that
   * comma is the likely cause: name it, at the line where it is missing.
   */
  private static Optional<String> missingComma(SourceFile file, SourcePos pos) {
    List<String> lines = file.lines();
    if (pos.line() < 2 || pos.line() > lines.size()) {
      return Optional.empty();
    }
    String line = lines.get(pos.line() - 1);
    if (line.length() - line.stripLeading().length() != pos.column() - 1 || !line.strip().matches("\\w+\\s*=.*")) {
      return Optional.empty();
    }
    for (int i = pos.line() - 2; i >= 0; i--) {
      String before = lines.get(i).strip();
      if (before.isEmpty()) {
        continue;
      }
      if (before.endsWith(",") || before.endsWith("{") || before.endsWith("(")) {
        return Optional.empty();
      }
      return Optional.of("a comma is missing at the end of line " + (i + 1) + " (`" + before + "`): each field is `name = {value},`");
    }
    return Optional.empty();
  }

  private static SourcePos at(SourceFile file, String text, int offset, int notBefore, String message) {
    Matcher m = LINE_COL.matcher(message == null ? "" : message);
    return m.find() ? at(file, text, offset, notBefore, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
        : file.posAt(Math.max(notBefore, Math.max(0, offset)));
  }

  /** The file position of a 1-based line and column of {@code text}. */
  private static SourcePos at(SourceFile file, String text, int offset, int notBefore, int line, int column) {
    int i = 0;
    for (int l = 1; l < line && i < text.length(); l++) {
      int nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length() : nl + 1;
    }
    int inText = Math.min(text.length(), i + Math.max(0, column - 1));
    return file.posAt(Math.max(notBefore, Math.max(0, offset + inText)));
  }

  private List<BibEntry> convert(SourceFile file, BibTeXDatabase database) {
    BibTeXConverter converter = new BibTeXConverter();
    List<BibEntry> entries = new ArrayList<>();
    Map<String, SourcePos> positions = entryPositions(file);
    reportRepeatedKeys(file);
    for (Map.Entry<Key, BibTeXEntry> e : database.getEntries().entrySet()) {
      String key = e.getKey().getValue();
      SourcePos pos = positions.getOrDefault(key, file.start());
      SourcePos first = seen.putIfAbsent(key, pos);
      if (first != null) {
        diagnostics.error(Code.DUPLICATE_ID, pos, "BibTeX key `" + key + "` is already defined at " + first,
            "keep one entry and cite it everywhere, or rename one key");
        continue;
      }
      dropUnsafeLinks(file, e.getValue(), pos);
      CSLItemData item;
      try {
        item = conversions.of(e.getValue(), () -> {
          BibTeXDatabase one = new BibTeXDatabase();
          one.addObject(e.getValue());
          return withSafeLinks(corrected(converter.toItemData(one).get(key), e.getValue()));
        });
      } catch (RuntimeException ex) {
        diagnostics.error(Code.BIBTEX_SYNTAX, pos, "cannot convert entry `" + key + "`: " + ex.getMessage(), "check the entry's fields");
        continue;
      }
      entries.add(new BibEntry(key, item, pos));
    }
    return entries;
  }

  /**
   * Undoes two readings of the converter that misformat entries: it gives biblatex's {@code location} and
   * {@code date} to the event as well as to the publication (so Chicago prints "1999, Cambridge" after the title),
   * and a journal's {@code number} to CSL {@code number} instead of {@code issue}.
   */
  private static CSLItemData corrected(CSLItemData item, BibTeXEntry entry) {
    CSLItemDataBuilder b = new CSLItemDataBuilder(item);
    if (entry.getField(new Key("eventdate")) == null) {
      b.eventDate((de.undercouch.citeproc.csl.CSLDate) null);
    }
    if (entry.getField(new Key("venue")) == null) {
      b.eventPlace(null);
    }
    boolean article = item.getType() == CSLType.ARTICLE_JOURNAL || item.getType() == CSLType.ARTICLE_MAGAZINE
        || item.getType() == CSLType.ARTICLE_NEWSPAPER;
    if (article && item.getIssue() == null && item.getNumber() != null) {
      b.issue(item.getNumber()).number(null);
    }
    return b.build();
  }

  /** A key declared twice in one file: the parser keeps only one of the entries, silently, so say so. */
  private void reportRepeatedKeys(SourceFile file) {
    Map<String, SourcePos> first = new HashMap<>();
    Matcher m = ENTRY_START.matcher(file.content());
    while (m.find()) {
      SourcePos pos = file.posAt(m.start());
      SourcePos earlier = first.putIfAbsent(m.group(1), pos);
      if (earlier != null) {
        diagnostics.error(Code.DUPLICATE_ID, pos, "BibTeX key `" + m.group(1) + "` is already defined at " + earlier,
            "keep one entry and cite it everywhere, or rename one key");
      }
    }
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

  private static String firstLine(String message) {
    if (message == null) {
      return "unexpected input";
    }
    String line = message.lines().findFirst().orElse("").strip();
    return line.length() > 160 ? line.substring(0, 160) + "…" : line;
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
}
