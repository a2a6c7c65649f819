package org.apparatus.export.tei;

import java.util.regex.Pattern;
import org.apparatus.model.EditionMeta;
import org.apparatus.model.Text;

/**
 * The {@code teiHeader} of one text: who wrote it and who edited it, which version of the edition this is, under
 * what terms it is published, where the text first appeared, and its language.
 */
final class TeiHeader {
  /** A date TEI's {@code @when} accepts as written: a year, a month or a day. */
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private TeiHeader() {}

  /**
   * @param witnesses the text's witnesses, listed as {@code listWit} in the source description
   */
  static void write(TeiState s, String exportUrl, java.util.List<TeiApparatus.Witness> witnesses) {
    EditionMeta meta = s.resolved.edition().meta();
    Text text = s.text;
    TeiXml xml = s.xml;
    xml.start("teiHeader").start("fileDesc");

    xml.start("titleStmt");
    xml.start("title").attr("type", "main").attr("xml:lang", text.language()).text(text.title()).end();
    xml.start("title").attr("type", "sub").text(meta.title()).end();
    xml.leaf("author", text.author());
    meta.editors().forEach(e -> xml.leaf("editor", e));
    xml.end();

    xml.start("editionStmt").start("edition").attr("n", meta.version());
    xml.text(meta.title() + (meta.version().isEmpty() ? "" : ", version " + meta.version()));
    if (!meta.date().isEmpty()) {
      xml.text(", ");
      date(xml, meta.date());
    }
    xml.end().end();

    xml.start("publicationStmt");
    xml.leaf("publisher", meta.editors().isEmpty() ? meta.title() : String.join(", ", meta.editors()));
    if (!exportUrl.isEmpty()) {
      xml.leaf("idno", exportUrl);
    }
    if (!meta.date().isEmpty()) {
      xml.start("date");
      when(xml, meta.date());
      xml.text(meta.date()).end();
    }
    if (!meta.license().isBlank() || !meta.rights().isBlank() || !text.rights().isBlank()) {
      xml.start("availability");
      if (!meta.license().isBlank()) {
        xml.start("licence");
        if (meta.license().matches("https?://\\S+")) {
          xml.attr("target", meta.license());
        }
        xml.text(meta.license()).end();
      }
      xml.leaf("p", meta.rights());
      xml.leaf("p", text.rights());
      xml.end();
    }
    xml.end();

    xml.start("sourceDesc");
    boolean published = !(text.publication().isBlank() && text.date().isBlank() && text.url().isBlank());
    if (!published && witnesses.isEmpty()) {
      xml.leaf("p", "No earlier publication of this text is recorded; the edition's transcription is its source.");
    }
    if (published) {
      xml.start("bibl");
      xml.leaf("author", text.author());
      xml.start("title").attr("level", "a").attr("xml:lang", text.language()).text(text.title()).end();
      if (!text.publication().isBlank()) {
        xml.start("title").attr("level", "j").text(text.publication()).end();
      }
      if (!text.date().isBlank()) {
        date(xml, text.date());
      }
      if (!text.url().isBlank()) {
        xml.emptyBlock("ptr").attr("target", text.url());
      }
      xml.end();
    }
    TeiApparatus.listWit(s, witnesses);
    xml.end();
    xml.end(); // fileDesc

    xml.start("encodingDesc");
    if (!meta.description().isBlank()) {
      xml.start("projectDesc").leaf("p", meta.description()).end();
    }
    if (!witnesses.isEmpty()) {
      xml.emptyBlock("variantEncoding").attr("method", "parallel-segmentation").attr("location", "internal");
    }
    xml.start("editorialDecl").start("p").text("Exported by Apparatus from the edition's sources. Paragraph ids are "
        + "the anchors of the published pages. The author's footnotes are notes of type \"authorial\"; the editors' "
        + "notes stand in the back matter, typed by kind (a fact-check's verdict is its subtype), and point to the "
        + "quoted words between two anchors.").end().end();
    xml.end();

    String lang = text.language().isEmpty() ? meta.language() : text.language();
    if (lang.isEmpty() && text.tags().isEmpty()) {
      xml.end(); // teiHeader
      return;
    }
    xml.start("profileDesc");
    if (!lang.isEmpty()) {
      xml.start("langUsage");
      xml.start("language").attr("ident", lang).text(lang).end();
      if (!lang.equals(meta.language()) && !meta.language().isEmpty()) {
        xml.start("language").attr("ident", meta.language()).text(meta.language()).end();
      }
      xml.end();
    }
    if (!text.tags().isEmpty()) {
      xml.start("textClass").start("keywords");
      text.tags().forEach(t -> xml.leaf("term", t));
      xml.end().end();
    }
    xml.end();

    xml.end(); // teiHeader
  }

  /** A {@code date} element, machine-readable when the date is written in ISO form. */
  static void date(TeiXml xml, String date) {
    xml.inline("date");
    when(xml, date);
    xml.text(date).end();
  }

  static void when(TeiXml xml, String date) {
    if (ISO_DATE.matcher(date.strip()).matches()) {
      xml.attr("when", date.strip());
    }
  }
}
