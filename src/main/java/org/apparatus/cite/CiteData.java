package org.apparatus.cite;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apparatus.diagnostic.Json;

/**
 * What a page's Cite buttons need, as JSON for the page script: the templates of each kind of anchor on the page,
 * the base URL and page path to build anchor URLs. The script fills placeholders by the rules of
 * {@link CitationTemplates#fill}.
 */
public final class CiteData {
  private CiteData() {}

  public static String json(String baseUrl, String pagePath, String work, Map<Citable.Kind, Map<CiteFormat, String>> templates) {
    StringBuilder b = new StringBuilder("{\"base\":").append(Json.quote(baseUrl))
        .append(",\"page\":").append(Json.quote(pagePath))
        .append(",\"work\":").append(Json.quote(work))
        .append(",\"formats\":[");
    CiteFormat[] formats = CiteFormat.values();
    for (int i = 0; i < formats.length; i++) {
      b.append(i == 0 ? "" : ",").append("{\"key\":").append(Json.quote(formats[i].key())).append(",\"label\":")
          .append(Json.quote(formats[i].label())).append('}');
    }
    b.append("],\"templates\":{");
    boolean first = true;
    for (var kind : templates.entrySet()) {
      b.append(first ? "" : ",").append(Json.quote(kind.getKey().name().toLowerCase(java.util.Locale.ROOT))).append(":{");
      first = false;
      boolean firstFormat = true;
      for (var f : kind.getValue().entrySet()) {
        b.append(firstFormat ? "" : ",").append(Json.quote(f.getKey().key())).append(':').append(Json.quote(f.getValue()));
        firstFormat = false;
      }
      b.append('}');
    }
    return b.append("}}").toString();
  }

  /** The reference-list line of a prose format for a whole page (no locator), for readers without JavaScript. */
  public static String pageReference(Map<CiteFormat, String> templates, CiteFormat format, String pageUrl, LocalDate accessed) {
    String template = templates.get(format);
    String reference = template.substring(template.indexOf('\n') + 1);
    return CitationTemplates.fill(reference, format, new Citable(Citable.Kind.BLOCK, "", "", "", ""), pageUrl, accessed);
  }

  public static List<CiteFormat> proseFormats() {
    return List.of(CiteFormat.CHICAGO, CiteFormat.APA, CiteFormat.MLA);
  }
}
