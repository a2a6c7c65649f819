package org.apparatus.export.tei;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.export.tei.XmlIds.Kind;
import org.apparatus.model.BibEntry;
import org.apparatus.model.Markdown;
import org.apparatus.model.Note;
import org.apparatus.model.Term;
import org.apparatus.parse.TextParser;
import org.apparatus.resolve.NotePlacement;

/**
 * The back matter of one text: the editors' notes on it (each pointing to its quoted words), the glossary entries
 * of the terms it links, and the works those notes and entries cite, as a structured {@code listBibl}.
 */
final class TeiBack {
  private final TeiState s;
  private final TeiXml xml;

  private TeiBack(TeiState state) {
    this.s = state;
    this.xml = state.xml;
  }

  static void write(TeiState state) {
    new TeiBack(state).write();
  }

  private void write() {
    List<Note> notes = notes();
    Map<String, Term> terms = s.resolved.edition().terms().stream().collect(Collectors.toMap(Term::id, Function.identity()));
    if (notes.isEmpty() && s.termsUsed.isEmpty() && s.keysCited.isEmpty()) {
      return;
    }
    String editionLang = s.resolved.edition().meta().language();
    xml.start("back");
    if (!editionLang.isEmpty() && !s.text.language().isEmpty() && !s.text.language().equals(editionLang)) {
      xml.attr("xml:lang", editionLang);
    }
    if (!notes.isEmpty()) {
      xml.start("div").attr("type", "notes");
      notes.forEach(this::note);
      xml.end();
    }
    // a definition may link further terms and cite further works: copy the set before writing
    Set<String> used = new LinkedHashSet<>(s.termsUsed);
    if (!used.isEmpty()) {
      xml.start("div").attr("type", "glossary").start("list").attr("type", "gloss");
      for (String id : used) {
        Term term = terms.get(id);
        xml.start("label").attr("xml:id", s.ids.of(Kind.TERM, "term-" + id)).text(term.term()).end();
        xml.start("item");
        s.source = term.pos();
        editorial(term.definition());
        xml.end();
      }
      xml.end().end();
    }
    if (!s.keysCited.isEmpty()) {
      Map<String, BibEntry> entries = s.resolved.edition().references().stream()
          .collect(Collectors.toMap(BibEntry::key, Function.identity(), (a, b) -> a));
      xml.start("div").attr("type", "bibliography").start("listBibl");
      s.keysCited.stream().sorted(Comparator.naturalOrder()).forEach(key -> bibl(entries.get(key)));
      xml.end().end();
    }
    xml.end();
  }

  /** The editors' notes on this text, in the order of their numbers. */
  private List<Note> notes() {
    Map<String, NotePlacement> placed = s.resolved.notePlacements();
    return s.resolved.edition().notesOn(s.text.id()).stream()
        .filter(n -> placed.containsKey(n.id()))
        .sorted(Comparator.comparingInt(n -> placed.get(n.id()).number()))
        .toList();
  }

  private void note(Note note) {
    NotePlacement p = s.resolved.notePlacements().get(note.id());
    s.source = note.pos();
    xml.start("note").attr("xml:id", s.ids.of(Kind.NOTE, "n-" + note.id())).attr("type", note.kind().key());
    note.verdict().ifPresent(v -> xml.attr("subtype", v.key()));
    xml.attr("n", String.valueOf(p.number()));
    if (s.notesStarted.contains(note.id())) {
      xml.attr("target", s.ids.ref(Kind.NOTE_RANGE, "n-" + note.id() + "-start"))
          .attr("targetEnd", s.ids.ref(Kind.NOTE_RANGE, "n-" + note.id() + "-end"));
    } else {
      // no quoted words to span (nothing was highlighted): the note points to where it stands
      xml.attr("target", s.ids.ref(Kind.NOTE_RANGE, "n-" + note.id() + "-end"));
    }
    if (note.verdict().isPresent()) {
      xml.start("label").text(note.verdict().get().label()).end();
      if (!note.claim().isBlank()) {
        xml.start("quote").attr("type", "claim").text(note.claim()).end();
      }
    }
    editorial(note.body());
    if (!note.checked().isBlank()) {
      xml.start("p").text("Checked ");
      TeiHeader.date(xml, note.checked());
      xml.text(".").end();
    }
    xml.end();
  }

  private void editorial(Markdown md) {
    // parsed again from the same source; its problems were reported when the pages were built
    TeiBody.editorial(s, TextParser.editorial(new Diagnostics()).parse(md).body());
  }

  /** A reference-list entry, structured: authors, titles, date, publisher, pages and a pointer where known. */
  private void bibl(BibEntry entry) {
    CSLItemData item = entry.item();
    xml.start("bibl").attr("xml:id", s.ids.of(Kind.REFERENCE, "ref-" + entry.key()))
        .attr("type", item.getType() == null ? "" : item.getType().toString());
    names("author", item.getAuthor());
    String level = item.getContainerTitle() == null ? "m" : "a";
    if (item.getTitle() != null) {
      xml.start("title").attr("level", level).text(item.getTitle()).end();
    }
    if (item.getContainerTitle() != null) {
      xml.start("title").attr("level", "j").text(item.getContainerTitle()).end();
    }
    names("editor", item.getEditor());
    xml.leaf("publisher", item.getPublisher());
    xml.leaf("pubPlace", item.getPublisherPlace());
    date(item.getIssued());
    if (item.getVolume() != null) {
      xml.start("biblScope").attr("unit", "volume").text(item.getVolume()).end();
    }
    if (item.getIssue() != null) {
      xml.start("biblScope").attr("unit", "issue").text(item.getIssue()).end();
    }
    if (item.getPage() != null) {
      xml.start("biblScope").attr("unit", "page").text(item.getPage()).end();
    }
    if (item.getDOI() != null) {
      xml.start("idno").attr("type", "DOI").text(item.getDOI()).end();
    }
    if (item.getURL() != null && !item.getURL().isBlank()) {
      xml.emptyBlock("ptr").attr("target", item.getURL());
    }
    xml.end();
  }

  private void names(String role, CSLName[] names) {
    if (names == null) {
      return;
    }
    for (CSLName n : names) {
      xml.start(role);
      if (n.getFamily() != null && !n.getFamily().isBlank()) {
        xml.start("persName");
        xml.leaf("forename", n.getGiven());
        xml.leaf("surname", n.getFamily());
        xml.end();
      } else {
        xml.text(n.getLiteral() == null ? "" : n.getLiteral());
      }
      xml.end();
    }
  }

  private void date(CSLDate date) {
    if (date == null) {
      return;
    }
    int[][] parts = date.getDateParts();
    if (parts != null && parts.length > 0 && parts[0].length > 0) {
      int[] p = parts[0];
      String iso = String.format(Locale.ROOT, "%04d", p[0]) + (p.length > 1 ? String.format(Locale.ROOT, "-%02d", p[1]) : "")
          + (p.length > 2 ? String.format(Locale.ROOT, "-%02d", p[2]) : "");
      xml.start("date").attr("when", iso).text(iso).end();
    } else {
      String written = date.getLiteral() != null ? date.getLiteral() : date.getRaw();
      if (written != null && !written.isBlank()) {
        xml.start("date");
        TeiHeader.when(xml, written);
        xml.text(written).end();
      }
    }
  }
}
