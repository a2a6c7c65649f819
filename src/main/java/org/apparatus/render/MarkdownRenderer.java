package org.apparatus.render;

import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.Map;
import org.apparatus.model.Markdown;
import org.apparatus.parse.ApparatusSyntax;
import org.apparatus.parse.CitationNode;
import org.apparatus.parse.CrossRefNode;
import org.apparatus.parse.HtmlSanitizer;
import org.apparatus.parse.MarkdownParser;
import org.apparatus.plan.SitePlan;
import org.apparatus.resolve.ResolvedEdition;
import org.apparatus.resolve.Target;
import org.jsoup.nodes.Element;

/**
 * Renders apparatus Markdown (notes, glossary definitions, pages) for one output page: the
 * placeholders of cross-references and citations become resolved, relative links, and the editors'
 * prose gets curly quotes and proper dashes.
 */
final class MarkdownRenderer {
  private final MarkdownParser markdown;
  private final HtmlSanitizer sanitizer;
  private final ResolvedEdition resolved;
  private final SitePlan plan;
  private final CitationFormatter citations;
  private final Previews previews;

  MarkdownRenderer(MarkdownParser markdown, HtmlSanitizer sanitizer, ResolvedEdition resolved, SitePlan plan,
      CitationFormatter citations, Previews previews) {
    this.previews = previews;
    this.markdown = markdown;
    this.sanitizer = sanitizer;
    this.resolved = resolved;
    this.plan = plan;
    this.citations = citations;
  }

  /** The body as a cleaned element whose links are relative to the page at {@code fromPath}. */
  Element render(Markdown md, String fromPath) {
    Element body = sanitizer.clean(markdown.render(md.document())).body();
    Map<Integer, Node> nodes = new HashMap<>();
    for (Node n : md.document().getDescendants()) {
      if (n instanceof CrossRefNode || n instanceof CitationNode) {
        nodes.put(n.getStartOffset(), n);
      }
    }
    for (Element x : body.select(ApparatusSyntax.XREF_TAG)) {
      Node n = nodes.get(offset(x));
      Target target = n == null ? null : resolved.xrefs().get(md.keyAt(n.getStartOffset()));
      if (!(n instanceof CrossRefNode ref) || target == null) {
        x.replaceWith(new org.jsoup.nodes.TextNode(n instanceof CrossRefNode r ? r.target() : ""));
        continue;
      }
      Element a = new Element("a").addClass("xref").addClass("xref-" + target.kind().name().toLowerCase(java.util.Locale.ROOT))
          .attr("href", plan.href(fromPath, target.owner(), target.fragment()))
          .attr("data-preview", previews.use(fromPath, target.key()))
          .text(ref.label().isEmpty() ? target.label() : ref.label());
      x.replaceWith(a);
    }
    for (Element c : body.select(ApparatusSyntax.CITE_TAG)) {
      Node n = nodes.get(offset(c));
      if (!(n instanceof CitationNode cite)) {
        c.remove();
        continue;
      }
      c.replaceWith(citation(cite, fromPath));
    }
    Typography.apply(body);
    return body;
  }

  /** Renders a body as inline content: block elements become spans, so it can sit inside a paragraph. */
  Element renderInline(Markdown md, String fromPath) {
    Element body = render(md, fromPath);
    for (Element e : body.select("p, ul, ol, li, blockquote, h1, h2, h3, h4, h5, h6, table, thead, tbody, tr, td, th, div, hr, pre, dl, dt, dd")) {
      String tag = e.tagName();
      e.tagName("span").addClass("b-" + tag);
    }
    return body;
  }

  private Element citation(CitationNode cite, String fromPath) {
    Element span = new Element("span").addClass("citation");
    boolean many = cite.items().size() > 1;
    if (many) {
      span.appendText("(");
    }
    for (int i = 0; i < cite.items().size(); i++) {
      CitationNode.Item item = cite.items().get(i);
      if (i > 0) {
        span.appendText("; ");
      }
      String html = resolved.citedBy().containsKey(item.key())
          ? citations.cite(item.key(), item.locator(), item.suppressAuthor())
          : item.key();
      if (many) {
        html = html.replaceFirst("^\\(", "").replaceFirst("\\)$", "");
      }
      Element a = new Element("a").addClass("cite").attr("href", plan.href(fromPath, "references", "ref-" + item.key()))
          .attr("data-ref", item.key()).attr("data-preview", previews.use(fromPath, "ref:" + item.key()));
      a.html(html);
      span.appendChild(a);
    }
    if (many) {
      span.appendText(")");
    }
    return span;
  }

  private static int offset(Element e) {
    try {
      return Integer.parseInt(e.attr(ApparatusSyntax.OFFSET_ATTR));
    } catch (NumberFormatException ex) {
      return -1;
    }
  }
}
