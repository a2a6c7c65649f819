package org.apparatus.export.tei;

import java.util.List;
import java.util.Map;
import org.apparatus.export.tei.XmlIds.Kind;
import org.apparatus.model.Block;
import org.apparatus.model.Inline;
import org.apparatus.model.Variant;
import org.apparatus.parse.TextParser;
import org.apparatus.render.WovenContent;
import org.apparatus.resolve.Target;
import org.apparatus.resolve.VariantPlacement;

/**
 * Writes an inline tree as TEI running text: the author's markup as {@code hi}, {@code ref}, {@code code} and the
 * like, the apparatus woven into a text as {@code term}, {@code ref}, {@code anchor} (the ends of a note's quoted
 * words) and the author's footnotes as {@code note} at their reference; the editors' cross-references and
 * citations as {@code ref} and {@code bibl}.
 */
final class TeiInline {
  private final TeiState s;
  private final TeiXml xml;

  TeiInline(TeiState state) {
    this.s = state;
    this.xml = state.xml;
  }

  void write(List<Inline> content) {
    LemmaRuns.join(content).forEach(this::write);
  }

  /** A unit of the text with its apparatus placed. */
  void woven(Block b) {
    s.source = b.pos();
    write(WovenContent.of(s.resolved, s.text.id(), b));
  }

  void write(Inline node) {
    if (node instanceof Inline.Text t) {
      xml.text(t.text());
    } else if (node instanceof Inline.Code c) {
      xml.inline("code").text(c.text()).end();
    } else if (node instanceof Inline.LineBreak) {
      xml.empty("lb");
    } else if (node instanceof Inline.Styled st) {
      hi(switch (st.style()) {
        case EMPHASIS -> "italic";
        case STRONG -> "bold";
        case STRIKETHROUGH -> "strikethrough";
      }, st.children());
    } else if (node instanceof Inline.Link l) {
      xml.inline("ref").attr("target", l.href());
      write(l.children());
      xml.end();
    } else if (node instanceof Inline.Image img) {
      graphic(img);
    } else if (node instanceof Inline.Element e) {
      element(e);
    } else if (node instanceof Inline.FootnoteRef f) {
      footnote(f.label());
    } else if (node instanceof Inline.CrossRef x) {
      crossRef(x);
    } else if (node instanceof Inline.Citation c) {
      citation(c);
    } else if (node instanceof Inline.Cell || node instanceof Inline.Row) {
      write(Inline.children(node)); // outside a table (never written so), keep the words
    } else if (node instanceof Inline.Mark m) {
      mark(m);
    } else if (node instanceof Inline.Point p) {
      point(p);
    } else {
      // a kind of inline node added to the model needs its encoding here (the TEI tests build every fixture)
      throw new IllegalStateException("no TEI encoding for " + node.getClass().getSimpleName());
    }
  }

  /** An image: its file (relative to this export, or the allowed URL) and its description. */
  void graphic(Inline.Image img) {
    String url = img.src().contains(":") ? img.src() : s.urls.file(img.src());
    xml.inline("graphic").attr("url", url);
    xml.leaf("desc", img.alt());
    xml.end();
  }

  private void hi(String rend, List<Inline> children) {
    xml.inline("hi").attr("rend", rend);
    write(children);
    xml.end();
  }

  /** The allowed inline HTML, by meaning; {@code title} of an abbreviation becomes its expansion. */
  private void element(Inline.Element e) {
    String lang = e.attributes().getOrDefault("lang", "");
    Map<String, String> a = e.attributes();
    switch (e.tag()) {
      case "abbr" -> {
        boolean expanded = !a.getOrDefault("title", "").isBlank();
        if (expanded) {
          xml.inline("choice");
        }
        xml.inline("abbr").attr("xml:lang", lang);
        write(e.children());
        xml.end();
        if (expanded) {
          xml.inline("expan").text(a.get("title")).end().end();
        }
      }
      case "em", "i" -> styled("italic", lang, e);
      case "strong", "b" -> styled("bold", lang, e);
      case "u" -> styled("underline", lang, e);
      case "s", "del" -> styled("strikethrough", lang, e);
      case "mark" -> styled("highlight", lang, e);
      case "small" -> styled("small", lang, e);
      case "sub" -> styled("subscript", lang, e);
      case "sup" -> styled("superscript", lang, e);
      case "ins" -> named("add", lang, e);
      case "cite" -> named("title", lang, e);
      case "q" -> named("q", lang, e);
      case "dfn" -> named("term", lang, e);
      case "code", "kbd", "samp", "var" -> named("code", lang, e);
      case "time" -> named("date", lang, e);
      default -> {
        // bdi, bdo, span: an isolate or a span matters for its language; without one only its words remain
        if (lang.isEmpty()) {
          write(e.children());
        } else {
          named("foreign", lang, e);
        }
      }
    }
  }

  private void styled(String rend, String lang, Inline.Element e) {
    xml.inline("hi").attr("rend", rend).attr("xml:lang", lang);
    write(e.children());
    xml.end();
  }

  private void named(String tei, String lang, Inline.Element e) {
    xml.inline(tei).attr("xml:lang", lang);
    write(e.children());
    xml.end();
  }

  /** The author's footnote in full where it is first referred to; a later reference points to it. */
  private void footnote(String label) {
    Block note = s.footnotes.get(TextParser.footnoteAnchor(label));
    if (note == null) {
      return; // reported by the parser
    }
    String number = note.locator().substring(note.locator().indexOf(' ') + 1);
    if (!s.footnotesWritten.add(note.anchor())) {
      xml.empty("ptr").attr("type", "footnote").attr("target", s.ids.ref(Kind.BLOCK, note.anchor()));
      return;
    }
    var from = s.source;
    xml.inline("note").attr("xml:id", s.ids.of(Kind.BLOCK, note.anchor())).attr("type", "authorial")
        .attr("place", "foot").attr("n", number);
    woven(note);
    xml.end();
    s.source = from;
  }

  private void crossRef(Inline.CrossRef x) {
    Target target = s.resolved.xrefs().get(x.key());
    String label = x.label().isEmpty() ? (target == null ? x.target() : target.label()) : x.label();
    if (target == null) {
      xml.text(label);
      return;
    }
    boolean here = target.owner().equals(s.text.id());
    String address = here && target.kind() == Target.Kind.BLOCK ? s.ids.ref(Kind.BLOCK, target.fragment())
        : here && target.kind() == Target.Kind.NOTE ? s.ids.ref(Kind.NOTE, target.fragment())
        : s.urls.page(s.plan.page(target.owner()).path(), target.fragment());
    xml.inline("ref").attr("target", address).text(label).end();
  }

  /** Each work cited points to its entry in the back matter's list; a locator becomes its cited range. */
  private void citation(Inline.Citation c) {
    for (Inline.Cited item : c.items()) {
      if (s.resolved.edition().references().stream().noneMatch(r -> r.key().equals(item.key()))) {
        xml.text(item.key()); // reported as an unknown citation
        continue;
      }
      s.keysCited.add(item.key());
      xml.inline("bibl");
      xml.empty("ptr").attr("target", s.ids.ref(Kind.REFERENCE, "ref-" + item.key()));
      if (!item.locator().isBlank()) {
        xml.inline("citedRange").text(item.locator()).end();
      }
      xml.end();
    }
  }

  /** A switch expression, so that a new kind of mark does not compile until it has its TEI encoding here. */
  private void mark(Inline.Mark m) {
    Runnable encoding = switch (m.kind()) {
      case NOTE -> () -> {
        if (s.notesStarted.add(m.ref())) {
          xml.empty("anchor").attr("xml:id", s.ids.of(Kind.NOTE_RANGE, "n-" + m.ref() + "-start"));
        }
        write(m.children());
      };
      case TERM -> () -> {
        s.termsUsed.add(m.ref());
        xml.inline("term").attr("ref", s.ids.ref(Kind.TERM, "term-" + m.ref()));
        write(m.children());
        xml.end();
      };
      case OWN_CITATION -> () -> {
        xml.inline("ref").attr("type", "citation").attr("target", s.ids.ref(Kind.BLOCK, m.ref()));
        write(m.children());
        xml.end();
      };
      case VARIANT -> () -> variant(m);
    };
    encoding.run();
  }

  /** A lemma as {@code app}: the reading text's words as {@code lem}, each reading as what its witnesses have there. */
  private void variant(Inline.Mark m) {
    Variant v = s.resolved.edition().variant(m.ref()).orElseThrow();
    VariantPlacement placed = s.resolved.variantPlacements().get(v.id());
    List<TeiApparatus.Reading> readings = v.readings().stream()
        .map(r -> new TeiApparatus.Reading(r.witnessText(placed.lemma()), r.witnesses())).toList();
    TeiApparatus.app(s, v.id(), placed.locator(), v.lemmaWitnesses(), () -> write(m.children()), readings);
  }

  private void point(Inline.Point p) {
    boolean writesAnchor = switch (p.kind()) {
      case NOTE -> true;
      case VARIANT -> false; // the app at the lemma is the entry
    };
    if (writesAnchor) {
      xml.empty("anchor").attr("xml:id", s.ids.of(Kind.NOTE_RANGE, "n-" + p.ref() + "-end"));
    }
  }
}
