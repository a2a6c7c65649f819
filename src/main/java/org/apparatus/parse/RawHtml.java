package org.apparatus.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.model.Attributes;
import org.apparatus.model.Inline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A raw HTML block of a text, read as the editor's input: paragraphs, headings, block quotes and breaks
 * become blocks of the tree with their allowed attributes; anything else is reported and its words kept.
 */
final class RawHtml {
  /** What a raw HTML block holds, before the text parser numbers it. */
  sealed interface Part {}

  record Paragraph(List<Inline> content, String id, Attributes attributes) implements Part {}

  record Heading(int level, List<Inline> content, String id, Attributes attributes) implements Part {}

  record Quote(List<Part> children, Attributes attributes) implements Part {}

  record Rule() implements Part {}

  private final Diagnostics diagnostics;
  private final MediaResolver media;
  private final String sourcePath;
  private final SourcePos pos;

  RawHtml(Diagnostics diagnostics, MediaResolver media, String sourcePath, SourcePos pos) {
    this.diagnostics = diagnostics;
    this.media = media;
    this.sourcePath = sourcePath;
    this.pos = pos;
  }

  List<Part> parts(String html) {
    if (html.contains("[[")) {
      diagnostics.warning(Code.UNSUPPORTED_MARKUP, pos, "`[[…]]` inside raw HTML is not a cross-reference; it is shown as written",
          "write the passage in Markdown, or move the cross-reference into a note");
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    return blocks(body);
  }

  private List<Part> blocks(Element container) {
    List<Part> parts = new ArrayList<>();
    List<Inline> loose = new ArrayList<>();
    for (Node node : container.childNodes()) {
      if (node instanceof Element e && isBlock(e)) {
        flush(loose, parts);
        block(e, parts);
      } else {
        Inline i = inline(node);
        if (i != null) {
          loose.add(i);
        }
      }
    }
    flush(loose, parts);
    return parts;
  }

  private void flush(List<Inline> loose, List<Part> parts) {
    if (!Inline.plainText(loose).isBlank()) {
      parts.add(new Paragraph(List.copyOf(loose), "", Attributes.NONE));
    }
    loose.clear();
  }

  private static boolean isBlock(Element e) {
    return switch (e.tagName()) {
      case "p", "div", "blockquote", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "aside",
          "figure", "table", "ul", "ol", "dl", "pre", "header", "footer", "nav", "details" -> true;
      default -> HtmlAllowlist.DROPPED_WITH_CONTENT.contains(e.tagName());
    };
  }

  private void block(Element e, List<Part> parts) {
    String tag = e.tagName();
    Attributes attributes = attributes(e);
    switch (tag) {
      case "p" -> parts.add(new Paragraph(inlines(e), e.id(), attributes));
      case "h1", "h2", "h3", "h4", "h5", "h6" -> parts.add(new Heading(tag.charAt(1) - '0', inlines(e), e.id(), attributes));
      case "blockquote" -> parts.add(new Quote(blocks(e), attributes));
      case "hr" -> parts.add(new Rule());
      case "div", "section", "article" -> {
        for (Part p : blocks(e)) {
          parts.add(inherit(p, attributes));
        }
      }
      default -> {
        if (HtmlAllowlist.DROPPED_WITH_CONTENT.contains(tag)) {
          diagnostics.warning(Code.UNSAFE_HTML, pos, "raw HTML <" + tag + "> is left out with its content", "a text holds no scripts, styles, frames or forms");
        } else {
          diagnostics.warning(Code.UNSUPPORTED_MARKUP, pos, "raw HTML <" + tag + "> is not kept as such; its words become a paragraph",
              "write lists, tables, figures and code in Markdown, which the edition numbers and cites");
          parts.add(new Paragraph(List.of(new Inline.Text(e.text())), "", attributes));
        }
      }
    }
  }

  private static Part inherit(Part p, Attributes outer) {
    if (outer.isEmpty()) {
      return p;
    }
    if (p instanceof Paragraph para && para.attributes().isEmpty()) {
      return new Paragraph(para.content(), para.id(), outer);
    }
    return p;
  }

  private List<Inline> inlines(Element e) {
    List<Inline> out = new ArrayList<>();
    for (Node child : e.childNodes()) {
      Inline i = inline(child);
      if (i != null) {
        out.add(i);
      }
    }
    return out;
  }

  private Inline inline(Node node) {
    if (node instanceof TextNode t) {
      return new Inline.Text(t.getWholeText());
    }
    if (node instanceof Comment || !(node instanceof Element e)) {
      return null;
    }
    String tag = e.tagName();
    if (tag.equals("br")) {
      return new Inline.LineBreak();
    }
    if (tag.equals("a")) {
      String href = e.attr("href");
      if (UrlPolicy.allow(href).isPresent() && !href.isEmpty()) {
        return new Inline.Link(href.strip(), e.attr("title"), inlines(e));
      }
      diagnostics.warning(Code.UNSAFE_URL, pos, "link target `" + href + "` is not allowed; the words are kept without the link",
          "links may use http, https or mailto, or be relative");
      return new Inline.Element("span", Map.of(), inlines(e));
    }
    if (tag.equals("img")) {
      return media.resolve(sourcePath, e.attr("src"), pos).<Inline>map(p -> new Inline.Image(p, e.attr("alt"), e.attr("title"))).orElse(null);
    }
    if (HtmlAllowlist.DROPPED_WITH_CONTENT.contains(tag)) {
      diagnostics.warning(Code.UNSAFE_HTML, pos, "raw HTML <" + tag + "> is left out with its content", "a text holds no scripts, styles, frames or forms");
      return null;
    }
    if (!HtmlAllowlist.INLINE.contains(tag)) {
      diagnostics.warning(Code.UNSUPPORTED_MARKUP, pos, "raw HTML tag <" + tag + "> is left out; its words are kept",
          "raw HTML in a text is limited to formatting and language tags such as <bdi>, <span lang>, <abbr>, <sub>, <sup>");
      return new Inline.Element("span", Map.of(), inlines(e));
    }
    Map<String, String> given = new LinkedHashMap<>();
    e.attributes().forEach(a -> given.put(a.getKey().toLowerCase(Locale.ROOT), a.getValue()));
    List<String> rejected = new ArrayList<>();
    Map<String, String> kept = HtmlAllowlist.keep(tag, given, rejected);
    HtmlAllowlist.reportRejected(diagnostics, pos, tag, rejected, "raw HTML may carry lang, dir (ltr, rtl, auto), title and class");
    return new Inline.Element(tag, kept, inlines(e));
  }

  private Attributes attributes(Element e) {
    List<String> rejected = new ArrayList<>();
    Map<String, String> given = new LinkedHashMap<>();
    e.attributes().forEach(a -> {
      if (!a.getKey().equals("id")) {
        given.put(a.getKey().toLowerCase(Locale.ROOT), a.getValue());
      }
    });
    Map<String, String> kept = HtmlAllowlist.keep(e.tagName(), given, rejected);
    kept.remove("title");
    HtmlAllowlist.reportRejected(diagnostics, pos, e.tagName(), rejected, "raw HTML blocks may carry id, lang, dir (ltr, rtl, auto) and class");
    String classes = kept.getOrDefault("class", "").strip();
    return new Attributes(kept.getOrDefault("lang", ""), kept.getOrDefault("dir", ""),
        classes.isEmpty() ? List.of() : List.of(classes.split("\\s+")));
  }
}
