package org.apparatus.render;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What the citation processor's HTML output can hold: its block and inline wrappers, one typographic declaration per
 * span, and links to web addresses. A formatted reference read back from the build cache must be of this shape; the
 * cache is a file anyone can edit, so anything else (a script, an event handler, a style that loads a resource) makes
 * the entry a miss and it is formatted again.
 */
final class ProcessorHtml {
  private static final Set<String> TAGS = Set.of("div", "span", "sup", "sub", "a", "i", "b");
  private static final Pattern CSL_CLASS = Pattern.compile("csl-[a-z-]+");
  private static final Pattern TYPOGRAPHY =
      Pattern.compile("(font-style|font-variant|font-weight|text-decoration|vertical-align): ?[a-z0-9-]+;?");
  private static final Pattern WEB = Pattern.compile("https?://[^\\s\"'<>]+");

  private ProcessorHtml() {}

  static boolean isProcessorOutput(String html) {
    for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      if (e.tagName().equals("body")) {
        continue;
      }
      if (!TAGS.contains(e.tagName())) {
        return false;
      }
      for (Attribute a : e.attributes()) {
        boolean allowed = switch (a.getKey()) {
          case "class" -> e.tagName().equals("div") && CSL_CLASS.matcher(a.getValue()).matches();
          case "style" -> e.tagName().equals("span") && TYPOGRAPHY.matcher(a.getValue()).matches();
          case "href" -> e.tagName().equals("a") && WEB.matcher(a.getValue()).matches();
          default -> false;
        };
        if (!allowed) {
          return false;
        }
      }
    }
    return true;
  }
}
