package org.apparatus.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apparatus.cache.CacheKey;

/**
 * What decides the output of the citation processor besides the item data: the processor's own code, the style's
 * XML and the locale files it may read. Read as resources, without loading the processor, so that a build whose
 * citations are all cached never starts it.
 */
public final class CslSources {
  private static final java.util.List<String> PROCESSOR_CLASSES = java.util.List.of("CSL", "csl/internal/RenderContext",
      "csl/internal/rendering/condition/SIf", "csl/internal/format/HtmlFormat", "csl/internal/format/TextFormat");
  private static volatile String processor;

  private CslSources() {}

  /**
   * A key of {@code kind} that starts with the processor, the style (a bundled id or checked style XML), every
   * shipped locale of the locale's language (the processor merges a language's main dialect into the one asked
   * for) and the output format.
   */
  public static CacheKey key(String kind, String style, String locale, String outputFormat) {
    CacheKey key = CacheKey.of(kind).add(processor()).add(styleXml(style)).add(locale);
    String language = locale.contains("-") ? locale.substring(0, locale.indexOf('-')) : locale;
    for (String l : CslCatalog.locales()) {
      if (l.equals(language) || l.toLowerCase(Locale.ROOT).startsWith(language.toLowerCase(Locale.ROOT) + "-")) {
        key.add(l).add(resource("/locales-" + l + ".xml"));
      }
    }
    return key.add(outputFormat);
  }

  /** An item's data as CSL-JSON, as the processor is given it (part of the key of what is formatted from it). */
  public static String itemJson(CSLItemData item) {
    return String.valueOf(item.toJson(new StringJsonBuilderFactory().createJsonBuilder()));
  }

  /** The style's XML: a bundled style's file, or the style XML itself. */
  public static String styleXml(String style) {
    return style.stripLeading().startsWith("<") ? style : new String(resource("/" + style + ".csl"), StandardCharsets.UTF_8);
  }

  private static String processor() {
    String p = processor;
    if (p == null) {
      CacheKey key = CacheKey.of("processor");
      PROCESSOR_CLASSES.forEach(c -> key.add(resource("/de/undercouch/citeproc/" + c + ".class")));
      p = key.hex();
      processor = p;
    }
    return p;
  }

  private static byte[] resource(String name) {
    try (InputStream in = CslSources.class.getResourceAsStream(name)) {
      return in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
