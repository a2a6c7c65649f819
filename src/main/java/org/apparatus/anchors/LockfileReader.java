package org.apparatus.anchors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.load.SourceFile;

/**
 * Reads the lockfile: one anchor per line, {@code <page>#<fragment> <kind>} followed by
 * {@code key=value} fields; values with spaces are double-quoted ({@code \"} and {@code \\} escape).
 * Blank lines and lines starting with {@code #} are ignored.
 */
final class LockfileReader {
  static final String FORMAT_HINT = "write `<page>#<fragment> <kind> fp=<fingerprint> since=<version>`, then optional "
      + "`was=<version>:<fingerprint>`, `moved=<version> to=<page>#<fragment>` or `retired=<version> reason=\"…\"`, "
      + "`label=\"…\"`, `excerpt=\"…\"` (README: Anchors that never break)";
  private static final Set<String> KEYS = Set.of("fp", "since", "was", "moved", "to", "retired", "reason", "label", "excerpt");
  private static final String VERSION = "[0-9A-Za-z][0-9A-Za-z.+_-]*";

  private final SourceFile file;
  private final Diagnostics diagnostics;
  private boolean readable = true;

  private LockfileReader(SourceFile file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  static Lockfile read(SourceFile file, Diagnostics diagnostics) {
    LockfileReader reader = new LockfileReader(file, diagnostics);
    List<LockEntry> entries = new ArrayList<>();
    Map<AnchorRef, Integer> firstLine = new HashMap<>();
    List<String> lines = file.lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      int lineNo = i + 1;
      reader.entry(line, lineNo).ifPresent(e -> {
        Integer first = firstLine.putIfAbsent(e.ref(), lineNo);
        if (first != null) {
          reader.error(lineNo, 1, "`" + e.ref() + "` is listed twice (first on line " + first + ")",
              "keep one line per anchor");
        } else {
          entries.add(e);
        }
      });
    }
    return new Lockfile(file.path(), true, reader.readable, entries);
  }

  private record Token(String text, int column) {}

  private Optional<LockEntry> entry(String line, int lineNo) {
    Optional<List<Token>> scanned = tokens(line, lineNo);
    if (scanned.isEmpty()) {
      return Optional.empty();
    }
    List<Token> tokens = scanned.get();
    Token refToken = tokens.get(0);
    Optional<AnchorRef> ref = AnchorRef.parse(refToken.text());
    if (ref.isEmpty()) {
      return fail(lineNo, refToken.column(), "`" + refToken.text() + "` is not an anchor of the form `<page>.html#<fragment>`");
    }
    if (tokens.size() < 2) {
      return fail(lineNo, line.length() + 1, "the kind of `" + ref.get() + "` is missing");
    }
    Token kindToken = tokens.get(1);
    Optional<AnchorKind> kind = AnchorKind.byKey(kindToken.text());
    if (kind.isEmpty()) {
      return fail(lineNo, kindToken.column(), "unknown anchor kind `" + kindToken.text() + "` (kinds: " + AnchorKind.keys() + ")");
    }
    Map<String, Token> fields = new LinkedHashMap<>();
    List<LockEntry.State> history = new ArrayList<>();
    for (Token t : tokens.subList(2, tokens.size())) {
      int eq = t.text().indexOf('=');
      String key = eq < 0 ? t.text() : t.text().substring(0, eq);
      Token value = new Token(eq < 0 ? "" : t.text().substring(eq + 1), t.column() + key.length() + 1);
      if (eq < 0 || !KEYS.contains(key)) {
        return fail(lineNo, t.column(), "unknown field `" + key + "` (fields: fp, since, was, moved, to, retired, reason, label, excerpt)");
      }
      if (key.equals("was")) {
        Optional<LockEntry.State> state = state(value, lineNo);
        if (state.isEmpty()) {
          return Optional.empty();
        }
        history.add(state.get());
      } else if (fields.putIfAbsent(key, value) != null) {
        return fail(lineNo, t.column(), "field `" + key + "` is given twice");
      }
    }
    return complete(ref.get(), kind.get(), fields, history, lineNo, line.length() + 1);
  }

  private Optional<LockEntry> complete(AnchorRef ref, AnchorKind kind, Map<String, Token> fields, List<LockEntry.State> history,
      int lineNo, int endColumn) {
    for (String required : List.of("fp", "since")) {
      if (!fields.containsKey(required)) {
        return fail(lineNo, endColumn, "`" + ref + "` has no `" + required + "=`");
      }
    }
    Token fp = fields.get("fp");
    if (!Fingerprint.isWellFormed(fp.text())) {
      return fail(lineNo, fp.column(), "`" + fp.text() + "` is not a fingerprint (12 to 64 lowercase hex digits)");
    }
    if (!version(fields.get("since"), lineNo)) {
      return Optional.empty();
    }
    Optional<LockEntry.Status> status = status(ref, fields, lineNo, endColumn);
    if (status.isEmpty()) {
      return Optional.empty();
    }
    String label = fields.containsKey("label") ? fields.get("label").text() : "";
    String excerpt = fields.containsKey("excerpt") ? fields.get("excerpt").text() : "";
    return Optional.of(new LockEntry(ref, kind, fp.text(), fields.get("since").text(), history, status.get(), label, excerpt,
        new SourcePos(file.path(), lineNo, 1)));
  }

  private Optional<LockEntry.Status> status(AnchorRef ref, Map<String, Token> fields, int lineNo, int endColumn) {
    Token moved = fields.get("moved");
    Token retired = fields.get("retired");
    Token to = fields.get("to");
    Token reason = fields.get("reason");
    if (moved != null && retired != null) {
      return fail(lineNo, retired.column(), "`" + ref + "` cannot be both moved and retired");
    }
    if (moved != null) {
      if (!version(moved, lineNo)) {
        return Optional.empty();
      }
      if (to == null) {
        return fail(lineNo, endColumn, "moved anchor `" + ref + "` needs `to=<page>#<fragment>`");
      }
      Optional<AnchorRef> target = AnchorRef.parse(to.text());
      if (target.isEmpty()) {
        return fail(lineNo, to.column(), "`" + to.text() + "` is not an anchor of the form `<page>.html#<fragment>`");
      }
      return Optional.of(new LockEntry.Moved(moved.text(), target.get(), pos(lineNo, moved.column())));
    }
    if (retired != null) {
      if (!version(retired, lineNo)) {
        return Optional.empty();
      }
      if (reason == null || reason.text().isBlank()) {
        return fail(lineNo, endColumn, "retired anchor `" + ref + "` needs `reason=\"…\"` saying why it went");
      }
      return Optional.of(new LockEntry.Retired(retired.text(), reason.text().strip(), pos(lineNo, retired.column())));
    }
    if (to != null || reason != null) {
      Token stray = to != null ? to : reason;
      return fail(lineNo, stray.column(), "`" + (to != null ? "to" : "reason") + "=` belongs to a `"
          + (to != null ? "moved" : "retired") + "=<version>` mark, which this line lacks");
    }
    return Optional.of(new LockEntry.Live());
  }

  private Optional<LockEntry.State> state(Token value, int lineNo) {
    int colon = value.text().lastIndexOf(':');
    String version = colon < 0 ? "" : value.text().substring(0, colon);
    String fp = colon < 0 ? "" : value.text().substring(colon + 1);
    if (!version.matches(VERSION) || !Fingerprint.isWellFormed(fp)) {
      return fail(lineNo, value.column(), "`was=" + value.text() + "` must be `was=<version>:<fingerprint>`");
    }
    return Optional.of(new LockEntry.State(version, fp));
  }

  private boolean version(Token token, int lineNo) {
    if (token.text().matches(VERSION)) {
      return true;
    }
    error(lineNo, token.column(), "`" + token.text() + "` is not a version such as `1.2.0`", FORMAT_HINT);
    return false;
  }

  /** Splits a line into tokens at whitespace; a double-quoted part may contain whitespace. */
  private Optional<List<Token>> tokens(String line, int lineNo) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = line.length();
    while (i < n) {
      if (Character.isWhitespace(line.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder text = new StringBuilder();
      while (i < n && !Character.isWhitespace(line.charAt(i))) {
        char c = line.charAt(i++);
        if (c != '"') {
          text.append(c);
          continue;
        }
        int quote = i - 1;
        boolean closed = false;
        while (i < n) {
          char d = line.charAt(i++);
          if (d == '\\' && i < n) {
            text.append(line.charAt(i++));
          } else if (d == '"') {
            closed = true;
            break;
          } else {
            text.append(d);
          }
        }
        if (!closed) {
          return fail(lineNo, quote + 1, "quoted value is never closed");
        }
      }
      tokens.add(new Token(text.toString(), start + 1));
    }
    return Optional.of(tokens);
  }

  private SourcePos pos(int line, int column) {
    return new SourcePos(file.path(), line, column);
  }

  private <T> Optional<T> fail(int line, int column, String message) {
    error(line, column, message, FORMAT_HINT);
    return Optional.empty();
  }

  private void error(int line, int column, String message, String hint) {
    readable = false;
    diagnostics.error(Code.ANCHOR_LOCK_SYNTAX, pos(line, column), message, hint);
  }
}
