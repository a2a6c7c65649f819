package org.apparatus.render;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.model.Block;
import org.apparatus.model.BodyNode;
import org.apparatus.model.Inline;
import org.apparatus.model.Markdown;
import org.apparatus.parse.TextParser;
import org.apparatus.plan.SitePlan;
import org.apparatus.resolve.ResolvedEdition;
import org.apparatus.resolve.Target;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders the editors' Markdown (notes, glossary definitions, pages) for one output page. Each body is read
 * once into the same document tree as the texts, with its cross-references and citations as nodes, and written
 * as elements whose links are relative to the page they appear on; the editors' prose gets curly quotes and
 * proper dashes.
 */
final class MarkdownRenderer {
  private static final Document OWNER = quietDocument();

  private final ResolvedEdition resolved;
  private final SitePlan plan;
  private final CitationFormatter citations;
  private final Previews previews;
  private final Diagnostics diagnostics;
  private final Map<Markdown, List<BodyNode>> trees = new IdentityHashMap<>();

  MarkdownRenderer(ResolvedEdition resolved, SitePlan plan, CitationFormatter citations, Previews previews,
      Diagnostics diagnostics) {
    this.previews = previews;
    this.resolved = resolved;
    this.plan = plan;
    this.citations = citations;
    this.diagnostics = diagnostics;
  }

  private static Document quietDocument() {
    Document d = new Document("");
    d.outputSettings().prettyPrint(false);
    return d;
  }

  /** The body as an element whose links are relative to the page at {@code fromPath}. */
  Element render(Markdown md, String fromPath) {
    List<BodyNode> tree;
    synchronized (trees) {
      tree = trees.computeIfAbsent(md, m -> TextParser.editorial(diagnostics).parse(m).body());
    }
    Element body = OWNER.createElement("body");
    InlineHtml writer = new InlineHtml(new Links(md, fromPath));
    for (BodyNode node : tree) {
      write(body, node, writer);
    }
    Typography.apply(body);
    return body;
  }

  /** Renders a body as inline content: block elements become spans, so it can sit inside a paragraph. */
  Element renderInline(Markdown md, String fromPath) {
    Element body = render(md, fromPath);
    for (Element e : body.select("p, ul, ol, li, blockquote, h1, h2, h3, h4, h5, h6, table, thead, tbody, tr, td, th, div, hr, pre, dl, dt, dd, figure, figcaption, caption")) {
      String tag = e.tagName();
      e.tagName("span").addClass("b-" + tag);
    }
    return body;
  }

  private void write(Element parent, BodyNode node, InlineHtml writer) {
    if (node instanceof BodyNode.Unit u) {
      unit(parent, u.block(), writer);
    } else if (node instanceof BodyNode.Quote q) {
      Element quote = parent.appendElement("blockquote");
      q.children().forEach(c -> write(quote, c, writer));
    } else if (node instanceof BodyNode.ListGroup l) {
      Element list = parent.appendElement(l.ordered() ? "ol" : "ul");
      if (l.ordered() && l.start() != 1) {
        list.attr("start", String.valueOf(l.start()));
      }
      for (BodyNode.Item item : l.items()) {
        Element li = list.appendElement("li");
        attributes(li, item.block());
        writer.append(li, item.block().content());
        item.children().forEach(c -> write(li, c, writer));
      }
    } else if (node instanceof BodyNode.CodeBlock c) {
      parent.appendElement("pre").appendElement("code").appendChild(new TextNode(c.code()));
    } else if (node instanceof BodyNode.Rule) {
      parent.appendElement("hr");
    } else if (node instanceof BodyNode.Stanza s) {
      Element stanza = parent.appendElement("div").addClass("stanza");
      s.lines().forEach(line -> writer.append(attributes(stanza.appendElement("div").addClass("line"), line.block()), line.block().content()));
    }
  }

  private static void unit(Element parent, Block b, InlineHtml writer) {
    switch (b.kind()) {
      case HEADING -> writer.append(attributes(parent.appendElement("h" + Math.min(6, Math.max(1, b.level()))), b), b.content());
      case TABLE -> writer.appendTable(attributes(parent.appendElement("table"), b), b.content());
      default -> writer.append(attributes(parent.appendElement("p"), b), b.content());
    }
  }

  private static Element attributes(Element e, Block b) {
    if (!b.anchor().isEmpty()) {
      e.id(b.anchor());
    }
    if (!b.attributes().lang().isEmpty()) {
      e.attr("lang", b.attributes().lang());
    }
    if (!b.attributes().dir().isEmpty()) {
      e.attr("dir", b.attributes().dir());
    }
    b.attributes().classes().forEach(e::addClass);
    return e;
  }

  /** Resolved cross-references and citations, as links from one page. */
  private final class Links implements InlineHtml.Apparatus {
    private final Markdown md;
    private final String fromPath;

    Links(Markdown md, String fromPath) {
      this.md = md;
      this.fromPath = fromPath;
    }

    @Override
    public Element mark(Inline.MarkKind kind, String ref) {
      return OWNER.createElement("span");
    }

    @Override
    public List<Node> point(Inline.PointKind kind, String ref) {
      return List.of();
    }

    @Override
    public List<Node> footnote(String label) {
      return List.of();
    }

    @Override
    public String media(String sitePath) {
      return SitePlan.relative(fromPath, sitePath);
    }

    @Override
    public List<Node> crossRef(Inline.CrossRef ref) {
      Target target = resolved.xrefs().get(ref.key());
      if (target == null) {
        return List.of(new TextNode(ref.target()));
      }
      Element a = OWNER.createElement("a").addClass("xref").addClass("xref-" + target.kind().name().toLowerCase(Locale.ROOT))
          .attr("href", plan.href(fromPath, target.owner(), target.fragment()))
          .attr("data-preview", previews.use(fromPath, target.key()))
          .text(ref.label().isEmpty() ? target.label() : ref.label());
      return List.of(a);
    }

    @Override
    public List<Node> citation(Inline.Citation cite) {
      Element span = OWNER.createElement("span").addClass("citation");
      boolean many = cite.items().size() > 1;
      if (many) {
        span.appendText("(");
      }
      for (int i = 0; i < cite.items().size(); i++) {
        Inline.Cited item = cite.items().get(i);
        if (i > 0) {
          span.appendText("; ");
        }
        String html = resolved.citedBy().containsKey(item.key())
            ? citations.cite(item.key(), item.locator(), item.suppressAuthor())
            : item.key();
        if (many) {
          html = html.replaceFirst("^\\(", "").replaceFirst("\\)$", "");
        }
        Element a = span.appendElement("a").addClass("cite").attr("href", plan.href(fromPath, "references", "ref-" + item.key()))
            .attr("data-ref", item.key()).attr("data-preview", previews.use(fromPath, "ref:" + item.key()));
        // the citation processor's own output (an HTML string of italics and text)
        a.html(html);
      }
      if (many) {
        span.appendText(")");
      }
      return List.of(span);
    }
  }
}
