package org.apparatus.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;

/**
 * The raw HTML an editor may write inside a text: formatting and language tags, with their language,
 * direction, title and class. Everything else is left out and reported.
 */
final class HtmlAllowlist {
  static final Set<String> INLINE = Set.of("abbr", "b", "i", "em", "strong", "u", "s", "del", "ins", "mark", "small",
      "sub", "sup", "cite", "q", "dfn", "kbd", "var", "samp", "bdi", "bdo", "span", "time", "code");
  static final Set<String> VOID = Set.of("br", "wbr");
  /** Tags whose content is code or a form, never text of the edition. */
  static final Set<String> DROPPED_WITH_CONTENT = Set.of("script", "style", "template", "iframe", "object", "embed",
      "noscript", "svg", "math", "form", "textarea", "select", "button", "input", "link", "meta", "base");
  private static final Set<String> COMMON_ATTRIBUTES = Set.of("lang", "dir", "title", "class");

  private HtmlAllowlist() {}

  /** The attributes kept for {@code tag}; {@code rejected} receives the names left out. */
  static Map<String, String> keep(String tag, Map<String, String> attributes, List<String> rejected) {
    Map<String, String> kept = new LinkedHashMap<>();
    for (Map.Entry<String, String> a : attributes.entrySet()) {
      String name = a.getKey().toLowerCase(Locale.ROOT);
      String value = a.getValue();
      boolean ok = switch (name) {
        case "lang" -> isLanguageTag(value);
        case "dir" -> isDirection(value);
        case "class" -> value.matches("[A-Za-z0-9_ -]*");
        case "title" -> true;
        case "datetime" -> tag.equals("time") || tag.equals("del") || tag.equals("ins");
        default -> false;
      };
      if (ok && (COMMON_ATTRIBUTES.contains(name) || name.equals("datetime"))) {
        kept.put(name, value);
      } else {
        rejected.add(name);
      }
    }
    return kept;
  }

  /** A plausible BCP 47 tag such as {@code fa}, {@code de-CH}, {@code hy-Latn}. */
  static boolean isLanguageTag(String value) {
    return value.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
  }

  /** One of the directions HTML knows: {@code ltr}, {@code rtl}, {@code auto}. */
  static boolean isDirection(String value) {
    return value.equals("ltr") || value.equals("rtl") || value.equals("auto");
  }

  /**
   * Reports attributes left out: on an HTML tag as unsafe HTML when leaving them out removed something that
   * could run or restyle the page, otherwise (and always for {@code {…}} braces, {@code tag} null, which never
   * reach the page) as an unsupported attribute.
   */
  static void reportRejected(Diagnostics diagnostics, SourcePos pos, String tag, List<String> rejected, String hint) {
    if (rejected.isEmpty()) {
      return;
    }
    diagnostics.warning(tag != null && unsafe(rejected) ? Code.UNSAFE_HTML : Code.UNSUPPORTED_ATTRIBUTE, pos,
        "attribute" + (rejected.size() > 1 ? "s " : " ") + String.join(", ", rejected) + (tag == null ? "" : " of <" + tag + ">")
            + " left out", hint);
  }

  /** Reports an image in the editors' own Markdown, which is published from primary texts only. */
  static void reportImageOutsideText(Diagnostics diagnostics, SourcePos pos) {
    diagnostics.warning(Code.UNSUPPORTED_MARKUP, pos, "images are published from primary texts only; this one is left out",
        "put the image in the text it belongs to, or link to it");
  }

  /** Whether leaving out these attributes removes something that could run or restyle the page. */
  static boolean unsafe(List<String> rejected) {
    return rejected.stream().anyMatch(n -> n.startsWith("on") || n.equals("style") || n.equals("href") || n.equals("src")
        || n.equals("srcset") || n.equals("formaction"));
  }
}
