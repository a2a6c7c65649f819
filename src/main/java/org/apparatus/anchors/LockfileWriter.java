package org.apparatus.anchors;

import java.util.ArrayList;
import java.util.List;

/** Writes the lockfile in the form {@link LockfileReader} reads, one anchor per line, for readable diffs. */
public final class LockfileWriter {
  private static final String HEADER = """
      # Anchor lockfile: every published anchor of this edition, one per line. Written by
      # `apparatus anchors --accept`; the build fails if an anchor listed here disappears from the site
      # without being marked moved or retired. See README, "Anchors that never break".
      # <page>#<fragment> <kind> fp=<fingerprint> since=<version> [was=<version>:<fingerprint> ...]
      #   [moved=<version> to=<page>#<fragment> | retired=<version> reason="..."] label="..." excerpt="..."
      """;

  private LockfileWriter() {}

  public static String format(List<LockEntry> entries) {
    StringBuilder out = new StringBuilder(HEADER);
    for (LockEntry e : entries) {
      out.append(line(e)).append('\n');
    }
    return out.toString();
  }

  static String line(LockEntry e) {
    List<String> parts = new ArrayList<>();
    parts.add(e.ref().toString());
    parts.add(e.kind().key());
    parts.add("fp=" + e.fingerprint());
    parts.add("since=" + e.since());
    e.history().forEach(s -> parts.add("was=" + s.since() + ":" + s.fingerprint()));
    if (e.status() instanceof LockEntry.Moved m) {
      parts.add("moved=" + m.version());
      parts.add("to=" + m.to());
    } else if (e.status() instanceof LockEntry.Retired r) {
      parts.add("retired=" + r.version());
      parts.add("reason=" + quote(r.reason()));
    }
    parts.add("label=" + quote(e.locator()));
    parts.add("excerpt=" + quote(e.excerpt()));
    return String.join(" ", parts);
  }

  static String quote(String value) {
    String oneLine = value.replaceAll("\\s+", " ").strip();
    return "\"" + oneLine.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
