package org.apparatus.export.tei;

import java.util.List;
import java.util.stream.Collectors;
import org.apparatus.export.tei.XmlIds.Kind;

/**
 * The apparatus criticus in TEI (parallel segmentation): the witnesses as {@code listWit}, each variant as
 * {@code app} with the reading text's lemma as {@code lem} and each witness's reading as {@code rdg}, the sigla as
 * {@code wit} pointers to the witnesses. An omission is an empty {@code rdg}; an addition is anchored to the words beside it, so its {@code rdg} has
 * those words with the added ones.
 */
final class TeiApparatus {
  /** A witness as the header lists it; {@code referenceKey} names its entry in the reference list, if any. */
  record Witness(String siglum, String description, String date, String referenceKey) {}

  /** One witness group's reading; empty {@code text} means the words are absent from those witnesses. */
  record Reading(String text, List<String> sigla) {}

  private TeiApparatus() {}

  static void listWit(TeiState s, List<Witness> witnesses) {
    if (witnesses.isEmpty()) {
      return;
    }
    TeiXml xml = s.xml;
    xml.start("listWit");
    for (Witness w : witnesses) {
      xml.start("witness").attr("xml:id", s.ids.of(Kind.WITNESS, "wit-" + w.siglum())).attr("n", w.siglum());
      xml.inline("abbr").attr("type", "siglum").text(w.siglum()).end();
      if (!w.description().isBlank()) {
        xml.text(" " + w.description());
      }
      if (!w.date().isBlank()) {
        xml.text(", ");
        TeiHeader.date(xml, w.date());
      }
      if (!w.referenceKey().isBlank()) {
        s.keysCited.add(w.referenceKey());
        xml.text(" ");
        xml.empty("ptr").attr("target", s.ids.ref(Kind.REFERENCE, "ref-" + w.referenceKey()));
      }
      xml.end();
    }
    xml.end();
  }

  /**
   * A variant at its place in the running text: {@code lemma} writes the reading text's words (nothing for an
   * addition), attested by {@code lemmaSigla}; {@code locator} is the line or paragraph it stands in. A lemma still
   * in pieces (one that begins or ends inside the author's markup: see {@link LemmaRuns}) has its {@code app} on the
   * first piece; each later piece is a {@code seg type="lemma"} pointing to that {@code app}, so that no reading is
   * given twice.
   */
  static void app(TeiState s, String id, String locator, List<String> lemmaSigla, Runnable lemma, List<Reading> readings) {
    TeiXml xml = s.xml;
    if (!s.variantsWritten.add(id)) {
      xml.inline("seg").attr("type", "lemma").attr("corresp", s.ids.ref(Kind.VARIANT, "v-" + id));
      lemma.run();
      xml.end();
      return;
    }
    xml.inline("app").attr("xml:id", s.ids.of(Kind.VARIANT, "v-" + id)).attr("loc", locator);
    xml.inline("lem").attr("wit", wit(s, lemmaSigla));
    lemma.run();
    xml.end();
    for (Reading r : readings) {
      xml.inline("rdg").attr("wit", wit(s, r.sigla())).text(r.text()).end();
    }
    xml.end();
  }

  private static String wit(TeiState s, List<String> sigla) {
    return sigla.stream().map(siglum -> s.ids.ref(Kind.WITNESS, "wit-" + siglum)).collect(Collectors.joining(" "));
  }
}
