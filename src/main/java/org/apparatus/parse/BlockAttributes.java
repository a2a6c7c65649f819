package org.apparatus.parse;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apparatus.model.Attributes;

/**
 * The {@code {#id .class lang=fa dir=rtl}} an editor writes at the end of a block. The id names the block's
 * anchor; language, direction and classes are kept; any other attribute is reported by the caller.
 */
final class BlockAttributes {
  /** What a block's trailing braces say. */
  record Parsed(String id, Attributes attributes, List<String> rejected) {
    static final Parsed NONE = new Parsed("", Attributes.NONE, List.of());
  }

  private BlockAttributes() {}

  /** The attributes node that ends a block's inline content (only whitespace after it), or null. */
  static Node trailing(Node block) {
    Node last = block.getLastChild();
    while (last instanceof Text && last.getChars().isBlank()) {
      last = last.getPrevious();
    }
    return last instanceof AttributesNode ? last : null;
  }

  static Parsed of(Node block) {
    Node node = trailing(block);
    if (node == null) {
      return Parsed.NONE;
    }
    String id = "";
    String lang = "";
    String dir = "";
    List<String> classes = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    for (Node child : node.getChildren()) {
      if (!(child instanceof AttributeNode a)) {
        continue;
      }
      String name = a.getName().toString();
      String value = a.getValue().toString();
      if (a.isId() || name.equals("id")) {
        id = value;
      } else if (a.isClass() || name.equals("class")) {
        for (String c : value.split("\\s+")) {
          if (c.matches("[A-Za-z0-9_-]+")) {
            classes.add(c);
          }
        }
      } else if (name.equals("lang") && HtmlAllowlist.isLanguageTag(value)) {
        lang = value;
      } else if (name.equals("dir") && HtmlAllowlist.isDirection(value)) {
        dir = value;
      } else {
        rejected.add(value.isEmpty() ? name : name + "=" + value);
      }
    }
    return new Parsed(id, new Attributes(lang, dir, classes), rejected);
  }

  /** The language, direction and classes of inline braces, as HTML attributes. */
  static Map<String, String> inlineAttributes(AttributesNode node, List<String> rejected) {
    Map<String, String> kept = new LinkedHashMap<>();
    List<String> classes = new ArrayList<>();
    for (Node child : node.getChildren()) {
      if (!(child instanceof AttributeNode a)) {
        continue;
      }
      String name = a.getName().toString();
      String value = a.getValue().toString();
      if (a.isClass() || name.equals("class")) {
        classes.add(value);
      } else if (name.equals("lang") && HtmlAllowlist.isLanguageTag(value)) {
        kept.put("lang", value);
      } else if (name.equals("dir") && HtmlAllowlist.isDirection(value)) {
        kept.put("dir", value);
      } else {
        rejected.add(value.isEmpty() ? name : name + "=" + value);
      }
    }
    if (!classes.isEmpty()) {
      kept.put("class", String.join(" ", classes));
    }
    return kept;
  }
}
