package org.apparatus.cite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apparatus.export.JsonWriter;

/**
 * What a page's Cite buttons need, as JSON for the page script: the templates of each kind of anchor on the page,
 * the base URL and page path to build anchor URLs. The script fills placeholders by the rules of
 * {@link CitationTemplates#fill}.
 */
public final class CiteData {
  private CiteData() {}

  public static String json(String baseUrl, String pagePath, String work, Map<Citable.Kind, Map<CiteFormat, String>> templates) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("base", baseUrl);
    data.put("page", pagePath);
    data.put("work", work);
    List<Object> formats = new ArrayList<>();
    for (CiteFormat f : CiteFormat.values()) {
      Map<String, Object> format = new LinkedHashMap<>();
      format.put("key", f.key());
      format.put("label", f.label());
      formats.add(format);
    }
    data.put("formats", formats);
    Map<String, Object> byKind = new LinkedHashMap<>();
    templates.forEach((kind, byFormat) -> {
      Map<String, Object> texts = new LinkedHashMap<>();
      byFormat.forEach((f, template) -> texts.put(f.key(), template));
      byKind.put(kind.name().toLowerCase(java.util.Locale.ROOT), texts);
    });
    data.put("templates", byKind);
    return JsonWriter.compact(data);
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
