package org.apparatus.download;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Moves a text's side notes into a notes document of their own. Each marker in the text becomes
 * a note reference ({@code epub:type="noteref"}) to an endnote ({@code epub:type="endnote"}) whose
 * number links back to it. The endnote names its kind, a fact-check's verdict in words, and the
 * words of the text it comments on.
 */
final class Endnotes {
  private static final String REF_PREFIX = "ref-";

  private Endnotes() {}

  /** A note taken out of the text, with the label its marker showed (a number, or {@code *}). */
  private record Detached(Element body, String label) {
    /** The author's note ({@code *}) comes before the numbered notes. */
    int number() {
      return label.matches("\\d{1,9}") ? Integer.parseInt(label) : 0;
    }
  }

  /** The notes document of {@code text}, or nothing when the text has no notes. */
  static Optional<EpubChapter> extract(EpubChapter text, String file, String label, String lang) {
    List<Detached> notes = new ArrayList<>();
    for (Element note : text.doc().body().select("span.sn")) {
      // detach every note before reading quotations: a note may sit inside another note's quotation
      notes.add(replaceByReference(note, text.sitePath()));
    }
    if (notes.isEmpty()) {
      return Optional.empty();
    }
    // markers that share a place sit in document order, which need not be the order of their numbers
    notes.sort(Comparator.comparingInt(Detached::number));
    Document doc = Xhtml.shell(label, lang);
    Element section = doc.body().appendElement("section").attr("epub:type", "endnotes").attr("role", "doc-endnotes");
    section.appendElement("h1").text(label);
    Element list = section.appendElement("ol").addClass("endnotes");
    Map<String, List<Element>> quoted = quotedPieces(text.doc());
    for (Detached note : notes) {
      list.appendChild(endnote(note.body(), note.label(), text, quoted.getOrDefault(key(note.body().id()), List.of())));
    }
    return Optional.of(new EpubChapter(file, text.sitePath(), label, doc));
  }

  private static Detached replaceByReference(Element note, String sitePath) {
    Element marker = note.previousElementSibling();
    boolean hasMarker = marker != null && marker.is("label.mk");
    Element number = note.selectFirst(".nn");
    String label = hasMarker ? marker.text() : number != null ? number.text() : "*";
    Element ref = new Element("a").id(REF_PREFIX + note.id()).addClass("noteref").attr("epub:type", "noteref")
        .attr("role", "doc-noteref").text(label);
    EpubLinks.target(ref, sitePath, note.id());
    if (hasMarker) {
      marker.replaceWith(ref);
    } else {
      note.before(ref);
    }
    if (ref.previousSibling() instanceof Element before && before.hasClass("noteref")) {
      ref.before(new Element("span").addClass("noteref-sep").text(","));
    }
    note.remove();
    return new Detached(note, label);
  }

  /**
   * The pieces of the text each note's highlight was split into, by note (in document order), gathered in one pass:
   * looking them up note by note would walk the whole text once per note.
   */
  private static Map<String, List<Element>> quotedPieces(Document text) {
    Map<String, List<Element>> pieces = new HashMap<>();
    for (Element piece : text.body().getElementsByAttribute("data-note")) {
      pieces.computeIfAbsent(key(piece.attr("data-note")), k -> new ArrayList<>()).add(piece);
    }
    return pieces;
  }

  /** As jsoup's {@code [data-note=id]} matches: trimmed, in any case. */
  private static String key(String noteId) {
    return noteId.strip().toLowerCase(Locale.ROOT);
  }

  private static Element endnote(Element note, String label, EpubChapter text, List<Element> quoted) {
    Element li = new Element("li").id(note.id()).attr("epub:type", "endnote").addClass("endnote");
    note.classNames().stream().filter(c -> c.startsWith("k-")).forEach(li::addClass);
    Element head = li.appendElement("p").addClass("note-head");
    EpubLinks.target(head.appendElement("a").addClass("backlink").attr("role", "doc-backlink").text(label),
        text.sitePath(), REF_PREFIX + note.id());
    Element kind = note.selectFirst(".nk");
    head.appendText(" ").appendElement("span").addClass("kind").text(kind == null ? "Note" : kind.text());
    Element badge = note.selectFirst(".badge");
    if (badge != null) {
      head.appendText(" · Verdict: ");
      Element verdict = head.appendElement("strong").addClass("verdict").text(badge.text());
      badge.classNames().stream().filter(c -> c.startsWith("v-")).forEach(verdict::addClass);
    }
    quotation(quoted).ifPresent(q -> li.appendElement("p").addClass("lemma").text("“" + q + "”"));
    for (Element part : note.children()) {
      if (part.hasClass("claim") || part.hasClass("meta") || part.hasClass("backlinks")) {
        li.appendChild(part.tagName("p"));
      } else if (part.hasClass("nb")) {
        li.appendChild(blocks(part));
      }
    }
    return li;
  }

  /** The words of the text a note is anchored to, gathered from the pieces its highlight was split into. */
  private static Optional<String> quotation(List<Element> pieces) {
    StringBuilder words = new StringBuilder();
    for (Element piece : pieces) {
      Element copy = piece.clone();
      copy.select(".noteref, .noteref-sep").remove();
      words.append(copy.wholeText());
    }
    String quote = words.toString().replaceAll("\\s+", " ").strip();
    return quote.isEmpty() ? Optional.empty() : Optional.of(quote);
  }

  /** A note body was flattened to spans to sit in a paragraph; as an endnote its blocks come back. */
  private static Element blocks(Element body) {
    body.tagName("div").removeClass("nb").addClass("note-body");
    for (Element e : body.select("[class~=^b-]")) {
      for (String c : List.copyOf(e.classNames())) {
        if (c.startsWith("b-")) {
          e.tagName(c.substring(2)).removeClass(c);
        }
      }
    }
    return body;
  }
}
