package org.apparatus.parse;

import java.util.ArrayList;
import java.util.List;
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

  /** Attributes whose value a browser follows or loads as a URL. */
  private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "cite", "longdesc", "action", "formaction",
      "poster", "background", "data", "srcset", "xlink:href");

  /**
   * The cleaned content as the body of a fresh document; report whether anything was removed. The
   * URL policy is applied last, to the attribute values exactly as they will be written.
   */
  public Result clean(String html) {
    Document dirty = Jsoup.parseBodyFragment(html, BASE);
    boolean safe = cleaner.isValid(dirty);
    Document clean = cleaner.clean(dirty);
    clean.outputSettings().prettyPrint(false);
    List<String> refused = new ArrayList<>();
    for (Element element : clean.body().getAllElements()) {
      for (String name : URL_ATTRIBUTES) {
        if (element.hasAttr(name) && UrlPolicy.allow(element.attr(name)).isEmpty()) {
          refused.add(element.attr(name));
          element.removeAttr(name);
        }
      }
    }
    return new Result(clean.body(), !safe || !refused.isEmpty(), List.copyOf(refused));
  }

  /** Cleaned body element, whether the cleaner had to remove something, and the URLs the policy refused. */
  public record Result(Element body, boolean removedSomething, List<String> refusedUrls) {}
}
