package org.apparatus.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
        case "dir" -> value.equals("ltr") || value.equals("rtl") || value.equals("auto");
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

  /** Whether leaving out these attributes removes something that could run or restyle the page. */
  static boolean unsafe(List<String> rejected) {
    return rejected.stream().anyMatch(n -> n.startsWith("on") || n.equals("style") || n.equals("href") || n.equals("src")
        || n.equals("srcset") || n.equals("formaction"));
  }
}
