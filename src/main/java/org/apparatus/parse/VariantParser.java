package org.apparatus.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.load.FrontMatter;
import org.apparatus.model.Markdown;
import org.apparatus.model.Reading;
import org.apparatus.model.Variant;
import org.apparatus.model.Witness;

/**
 * Reads the witnesses a text declares ({@code witnesses:} in its front matter) and the entries of the apparatus
 * criticus ({@code content/variants/<text>/<id>.md}). Whether the sigla and quotes resolve is the resolver's concern.
 */
final class VariantParser {
  static final Set<String> WITNESS_KEYS = Set.of("siglum", "description", "date", "reference");
  static final Set<String> VARIANT_KEYS = Set.of("id", "text", "quote", "paragraph", "line", "occurrence", "lemma", "readings");
  static final Set<String> READING_KEYS = Set.of("reading", "type", "place", "witnesses");
  private static final Pattern SIGLUM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'*-]{0,15}");

  private final Diagnostics diagnostics;

  VariantParser(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The witnesses of a text's front matter; a repeated siglum is reported and left out. */
  List<Witness> witnesses(FrontMatter fm) {
    if (fm.text("witnesses").filter(s -> !s.isBlank()).isPresent() || !fm.list("witnesses").isEmpty()) {
      diagnostics.error(Code.BAD_VALUE, fm.valuePosOf("witnesses"), "`witnesses` must be a list of witnesses, each with a `siglum`",
          "write one entry per witness, each a mapping with `siglum:`, `description:`, `date:` and optionally `reference:`");
      return List.of();
    }
    List<Witness> witnesses = new ArrayList<>();
    Map<String, SourcePos> seen = new HashMap<>();
    for (FrontMatter w : fm.records("witnesses")) {
      String siglum = w.text("siglum", "").strip();
      if (siglum.isEmpty()) {
        w.reportMissing(diagnostics, "siglum", "witness has no `siglum`",
            "add `siglum:`, the short name the apparatus cites it by, e.g. `siglum: A`");
        continue;
      }
      if (!SIGLUM.matcher(siglum).matches()) {
        diagnostics.error(Code.BAD_VALUE, w.valuePosOf("siglum"), "siglum `" + siglum + "` is not a siglum",
            "a siglum is one word of letters and digits (up to 16 characters), e.g. `A`, `Q2` or `Ms.B`");
        continue;
      }
      SourcePos first = seen.putIfAbsent(siglum, w.valuePosOf("siglum"));
      if (first != null) {
        diagnostics.error(Code.DUPLICATE_SIGLUM, w.valuePosOf("siglum"), "siglum `" + siglum + "` is already given to the witness at "
            + first, "give each witness its own siglum, e.g. `" + siglum + "1` and `" + siglum + "2`");
        continue;
      }
      Optional<String> reference = w.text("reference").map(String::strip).filter(s -> !s.isEmpty());
      witnesses.add(new Witness(siglum, w.text("description", ""), w.text("date", ""), reference, w.valuePosOf("siglum")));
    }
    return witnesses;
  }

  /** One apparatus entry; empty (reported) when it lacks what every entry needs. */
  Optional<Variant> variant(String id, String textId, FrontMatter fm, Markdown comment, SourcePos pos) {
    boolean ok = true;
    if (fm.text("quote").filter(s -> !s.isBlank()).isEmpty()) {
      fm.reportMissing(diagnostics, "quote", "variant entry has no `quote`",
          "add `quote:` with the words of the reading text the entry is about (its lemma)");
      ok = false;
    }
    int line = positive(fm, "line", "the number of the verse line, e.g. `line: 14`");
    int occurrence = positive(fm, "occurrence", "count the matches of the quote from 1, or remove the line");
    List<Reading> readings = new ArrayList<>();
    for (FrontMatter r : fm.records("readings")) {
      Optional<Reading> reading = reading(r);
      reading.ifPresent(readings::add);
      ok &= reading.isPresent();
    }
    if (fm.records("readings").isEmpty()) {
      fm.reportMissing(diagnostics, "readings", "variant entry has no `readings`",
          "list what the other witnesses read: `readings:` with entries such as `- reading: lovelier` and `witnesses: [B]`");
      ok = false;
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new Variant(id, textId, fm.text("quote", ""), fm.text("paragraph").map(String::strip).filter(s -> !s.isEmpty()),
        line, occurrence, fm.list("lemma").stream().map(String::strip).toList(), readings, comment, pos, fm.valuePosOf("quote"),
        line > 0 ? fm.valuePosOf("line") : fm.valuePosOf("paragraph"), fm.itemPositions("lemma")));
  }

  private Optional<Reading> reading(FrontMatter r) {
    String words = r.text("reading", "").strip();
    String typeValue = r.text("type", words.isEmpty() ? "omission" : "substitution").strip();
    Optional<Reading.Kind> kind = Reading.Kind.parse(typeValue);
    if (kind.isEmpty()) {
      diagnostics.error(Code.BAD_VALUE, r.valuePosOf("type"), "unknown reading type `" + typeValue + "`",
          "use substitution (the default), omission, addition or transposition");
      return Optional.empty();
    }
    if (kind.get() == Reading.Kind.OMISSION && !words.isEmpty()) {
      diagnostics.error(Code.BAD_VALUE, r.valuePosOf("reading"), "an omission has no words of its own",
          "remove `reading:`, or use `type: substitution` if the witnesses have other words here");
      return Optional.empty();
    }
    if (kind.get() != Reading.Kind.OMISSION && words.isEmpty()) {
      r.reportMissing(diagnostics, "reading", "a reading of type " + kind.get().key() + " needs its words in `reading:`",
          "write the witnesses' words, or use `type: omission` if they lack the lemma");
      return Optional.empty();
    }
    String placeValue = r.text("place", "after").strip();
    Reading.Placement placement = switch (placeValue) {
      case "after" -> Reading.Placement.AFTER;
      case "before" -> Reading.Placement.BEFORE;
      default -> null;
    };
    if (placement == null || (r.text("place").isPresent() && kind.get() != Reading.Kind.ADDITION)) {
      diagnostics.error(Code.BAD_VALUE, r.valuePosOf("place"), placement == null ? "unknown place `" + placeValue + "`"
          : "only an addition has a `place`", "an addition goes `place: after` (the default) or `place: before` its lemma");
      return Optional.empty();
    }
    List<String> witnesses = r.list("witnesses").stream().map(String::strip).toList();
    if (witnesses.isEmpty()) {
      r.reportMissing(diagnostics, "witnesses", "reading has no `witnesses`",
          "name the sigla of the witnesses that read it, e.g. `witnesses: [B]`");
      return Optional.empty();
    }
    SourcePos pos = r.text("reading").isPresent() ? r.valuePosOf("reading") : r.start();
    return Optional.of(new Reading(kind.get(), words, placement, witnesses, pos, r.itemPositions("witnesses")));
  }

  private int positive(FrontMatter fm, String key, String hint) {
    Optional<String> v = fm.text(key).filter(s -> !s.isBlank());
    if (v.isEmpty()) {
      return 0;
    }
    try {
      int n = Integer.parseInt(v.get().strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    diagnostics.error(Code.BAD_VALUE, fm.valuePosOf(key), "`" + key + "` must be a whole number, 1 or more", hint);
    return 0;
  }
}
