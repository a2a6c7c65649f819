package org.apparatus.export.tei;

import java.util.List;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.export.SiteUrls;
import org.apparatus.model.Text;
import org.apparatus.parallel.Parallel;
import org.apparatus.plan.ExportPaths;
import org.apparatus.plan.SitePlan;
import org.apparatus.resolve.ResolvedEdition;
import org.apparatus.site.RenderedSite;

/**
 * Each primary text as a TEI P5 document, {@code exports/<text>.tei.xml}, written from the typed model and the
 * woven tree (never from a rendered page): header from the edition's and the text's metadata, the body's
 * sections, units and the apparatus in them, and the editors' notes, glossary entries and works cited in the
 * back matter.
 */
public final class TeiExport {
  private TeiExport() {}

  public static void addTo(ResolvedEdition resolved, SitePlan plan, RenderedSite site, Diagnostics diagnostics) {
    DroppedCharacters dropped = new DroppedCharacters(diagnostics);
    List<Text> texts = resolved.edition().texts();
    List<byte[]> documents = Parallel.map(texts, text -> document(resolved, plan, text, dropped));
    for (int i = 0; i < texts.size(); i++) {
      site.put(ExportPaths.tei(texts.get(i).id()), documents.get(i));
    }
  }

  static byte[] document(ResolvedEdition resolved, SitePlan plan, Text text, DroppedCharacters dropped) {
    String path = ExportPaths.tei(text.id());
    String base = resolved.edition().meta().baseUrl();
    TeiState s = new TeiState(resolved, plan, text, new SiteUrls(base, path), dropped);
    TeiXml xml = s.xml;
    xml.root("TEI").attr("xml:lang", resolved.edition().meta().language());
    TeiHeader.write(s, base.isEmpty() ? "" : base + path, text.witnesses().stream()
        .map(w -> new TeiApparatus.Witness(w.siglum(), w.description(), w.date(), w.reference().orElse(""))).toList());
    xml.start("text");
    String lang = text.language().isEmpty() ? resolved.edition().meta().language() : text.language();
    xml.attr("xml:lang", lang);
    front(s);
    xml.start("body");
    TeiBody.text(s, text.body());
    xml.end();
    TeiBack.write(s);
    xml.end(); // text
    return xml.finish();
  }

  /** The title, byline, the author's note on themselves and the dateline, as printed above the text. */
  private static void front(TeiState s) {
    Text text = s.text;
    TeiXml xml = s.xml;
    xml.start("front").start("docTitle").start("titlePart").attr("type", "main").text(text.title()).end().end();
    String byline = text.byline().isBlank() ? text.author() : text.byline();
    if (!byline.isBlank() || !text.authorNote().isBlank()) {
      xml.start("byline").text(byline);
      if (!text.authorNote().isBlank()) {
        xml.inline("note").attr("type", "authorial").attr("place", "foot").attr("n", "*").text(text.authorNote()).end();
      }
      xml.end();
    }
    if (!text.dateline().isBlank()) {
      xml.leaf("dateline", text.dateline());
    }
    xml.end();
  }
}
