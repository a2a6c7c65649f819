package org.apparatus.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans HTML produced from Markdown: raw HTML an editor wrote may keep its formatting, but no
 * script, event handler, style or {@code javascript:} URL reaches the site.
 */
public final class HtmlSanitizer {
  private static final String BASE = "https://apparatus.invalid/";
  private final Cleaner cleaner;

  public HtmlSanitizer() {
    Safelist safelist = Safelist.relaxed()
        .addTags("abbr", "mark", "s", "del", "ins", "figure", "figcaption", "hr",
            ApparatusSyntax.XREF_TAG, ApparatusSyntax.CITE_TAG)
        .addAttributes(":all", "id", "class", "lang", "dir", "title")
        .addAttributes(ApparatusSyntax.XREF_TAG, ApparatusSyntax.OFFSET_ATTR)
        .addAttributes(ApparatusSyntax.CITE_TAG, ApparatusSyntax.OFFSET_ATTR)
        .addAttributes("th", "scope")
        .removeProtocols("img", "src", "http")
        .preserveRelativeLinks(true);
    this.cleaner = new Cleaner(safelist);
  }

  /** The cleaned content as the body of a fresh document; report whether anything was removed. */
  public Result clean(String html) {
    Document dirty = Jsoup.parseBodyFragment(html, BASE);
    boolean safe = cleaner.isValid(dirty);
    Document clean = cleaner.clean(dirty);
    clean.outputSettings().prettyPrint(false);
    for (Element a : clean.select("a[href]")) {
      String href = a.attr("href");
      if (href.startsWith(BASE)) {
        a.attr("href", href.substring(BASE.length()));
      }
    }
    return new Result(clean.body(), !safe);
  }

  /** Cleaned body element, and whether the cleaner had to remove something. */
  public record Result(Element body, boolean removedSomething) {}
}
