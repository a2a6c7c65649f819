package org.apparatus.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apparatus.model.Block;
import org.apparatus.model.BlockKind;
import org.apparatus.model.BodyNode;
import org.apparatus.model.Inline;
import org.apparatus.model.Note;
import org.apparatus.model.Text;
import org.apparatus.parse.TextParser;
import org.apparatus.plan.SitePlan;
import org.apparatus.resolve.AuthorDateLinker;
import org.apparatus.resolve.Backlink;
import org.apparatus.resolve.ResolvedEdition;
import org.apparatus.resolve.VariantPlacement;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Renders a primary text's document tree with its apparatus: each unit's inline tree gets its highlights,
 * note anchors, term links and own citations as nodes ({@link Weaver}), then is written as HTML once.
 */
final class TextRenderer {
  /** Lemmas sort after notes over the same range, so that they nest inside the note's highlight. */
  private final ResolvedEdition resolved;
  private final SitePlan plan;
  private final Previews previews;
  private final NoteMarkup noteMarkup;
  private final String editionLanguage;

  TextRenderer(ResolvedEdition resolved, SitePlan plan, MarkdownRenderer markdown, Previews previews) {
    this.resolved = resolved;
    this.plan = plan;
    this.previews = previews;
    this.noteMarkup = new NoteMarkup(resolved, plan, markdown);
    this.editionLanguage = resolved.edition().meta().language();
  }

  List<Views.Block> blocks(Text text) {
    Page page = new Page(text, plan.page(text.id()).path());
    return page.nodes(text.body());
  }

  List<Views.Toc> toc(Text text) {
    return text.blocks().stream().filter(b -> b.kind() == BlockKind.HEADING)
        .map(b -> new Views.Toc(b.anchor(), b.text().strip(), b.level())).toList();
  }

  /** One text page: where links point from, and the author's footnotes by anchor. */
  private final class Page {
    final Text text;
    final String path;
    final Map<String, Block> footnotes = new HashMap<>();
    final Document owner = new Document("");
    /** Lemmas already given their id: a lemma split by the author's markup has it on its first piece only. */
    final java.util.Set<String> lemmasWritten = new java.util.HashSet<>();

    Page(Text text, String path) {
      this.text = text;
      this.path = path;
      owner.outputSettings().prettyPrint(false);
      text.blocks().stream().filter(b -> b.kind() == BlockKind.FOOTNOTE).forEach(b -> footnotes.put(b.anchor(), b));
    }

    List<Views.Block> nodes(List<BodyNode> nodes) {
      List<Views.Block> out = new ArrayList<>();
      for (BodyNode node : nodes) {
        out.add(node(node));
      }
      return out;
    }

    Views.Block node(BodyNode node) {
      if (node instanceof BodyNode.Unit u) {
        return unit(u.block(), List.of());
      } else if (node instanceof BodyNode.Quote q) {
        return container("quote", "blockquote", q.attributes().lang(), q.attributes().dir(), nodes(q.children()), false, 0);
      } else if (node instanceof BodyNode.ListGroup l) {
        List<Views.Block> items = new ArrayList<>();
        for (BodyNode.Item item : l.items()) {
          items.add(unit(item.block(), nodes(item.children())));
        }
        return container("list", l.ordered() ? "ol" : "ul", "", "", items, l.ordered(), l.start());
      } else if (node instanceof BodyNode.CodeBlock c) {
        Element code = owner.appendElement("code");
        if (!c.language().isEmpty()) {
          code.addClass("language-" + c.language().split("\\s+")[0]);
        }
        code.appendChild(new org.jsoup.nodes.TextNode(c.code()));
        return new Views.Block("code", "pre", "", "", detach(code, true), "", "", "", false, 0, 0, 0, List.of());
      } else if (node instanceof BodyNode.Stanza s) {
        List<Views.Block> lines = new ArrayList<>();
        for (BodyNode.Line line : s.lines()) {
          Block b = line.block();
          lines.add(new Views.Block("line", "div", b.anchor(), b.locator(), html(b), b.attributes().lang(), b.attributes().dir(),
              String.join(" ", b.attributes().classes()), false, line.number(), 0, line.indent(), List.of()));
        }
        String backlinks = backlinks(s.anchor()).map(refs -> detach(refs, true)).orElse("");
        return new Views.Block("stanza", "div", s.anchor(), s.locator(), backlinks, s.attributes().lang(), s.attributes().dir(),
            String.join(" ", s.attributes().classes()), false, s.number(), 0, 0, lines);
      }
      return new Views.Block("rule", "hr", "", "", "", "", "", "", false, 0, 0, 0, List.of());
    }

    private Views.Block container(String kind, String tag, String lang, String dir, List<Views.Block> children,
        boolean ordered, int start) {
      return new Views.Block(kind, tag, "", "", "", lang, dir, "", ordered, start, 0, 0, children);
    }

    Views.Block unit(Block b, List<Views.Block> children) {
      String kind = b.kind().name().toLowerCase(Locale.ROOT);
      String tag = switch (b.kind()) {
        case HEADING -> "h" + Math.min(6, Math.max(2, b.level()));
        case PARAGRAPH -> "p";
        case LIST_ITEM -> "li";
        case TABLE, FIGURE -> "figure";
        case FOOTNOTE -> "span";
        case LINE -> "div";
      };
      boolean ordered = b.list() != null && b.list().ordered();
      String html = b.kind() == BlockKind.TABLE ? tableHtml(b) : html(b);
      return new Views.Block(kind, tag, b.anchor(), b.locator(), html, b.attributes().lang(), b.attributes().dir(),
          String.join(" ", b.attributes().classes()), ordered, b.list() == null ? 0 : b.list().number(), b.level(), 0, children);
    }

    private String html(Block b) {
      Element root = owner.appendElement("div");
      InlineHtml writer = new InlineHtml(new PageApparatus(b));
      List<Inline> content = woven(b);
      Element backlinksParent = root;
      if (b.kind() == BlockKind.FIGURE && !content.isEmpty() && content.get(0) instanceof Inline.Image) {
        writer.append(root, content.subList(0, 1));
        // a figure's caption comes last in it, so what refers to the figure goes inside the caption
        backlinksParent = root.appendElement("figcaption");
        writer.append(backlinksParent, content.subList(1, content.size()));
      } else {
        writer.append(root, content);
      }
      Element into = backlinksParent;
      backlinks(b).ifPresent(refs -> {
        refs.remove();
        into.appendText(" ").appendChild(refs);
      });
      return detach(root, false);
    }

    /** The element's HTML (outer or inner), written once, without pretty-printing. */
    private String detach(Element e, boolean outer) {
      String html = outer ? e.outerHtml() : e.html();
      e.remove();
      return html;
    }

    private String tableHtml(Block b) {
      Element table = owner.appendElement("table");
      new InlineHtml(new PageApparatus(b)).appendTable(table, woven(b));
      return detach(table, true) + backlinksHtml(b);
    }

    /** The unit's inline tree with its apparatus placed, every range counted in the unit's own text. */
    private List<Inline> woven(Block b) {
      return WovenContent.of(resolved, text.id(), b);
    }

    private String backlinksHtml(Block block) {
      return backlinks(block).map(refs -> " " + detach(refs, true)).orElse("");
    }

    /** "Referred to from ..." after a block that notes, terms or pages cross-reference. */
    private java.util.Optional<Element> backlinks(Block block) {
      return backlinks(block.anchor());
    }

    private java.util.Optional<Element> backlinks(String anchor) {
      List<Backlink> back = resolved.backlinksOf(text.id() + "#" + anchor);
      if (back.isEmpty()) {
        return java.util.Optional.empty();
      }
      Element refs = owner.appendElement("span").addClass("block-backlinks").text("Referred to from ");
      noteMarkup.appendBacklinks(refs, back, path);
      inEditionLanguage(refs);
      return java.util.Optional.of(refs);
    }

    /** The edition's own words (notes, "Referred to from") keep its language and direction inside a text in another. */
    private void inEditionLanguage(Element e) {
      if (!text.language().isEmpty() && !text.language().equals(editionLanguage)) {
        e.attr("lang", editionLanguage);
      }
      if (text.direction().equals("rtl")) {
        e.attr("dir", "ltr");
      }
    }

    /** The apparatus of one unit on this page. */
    private final class PageApparatus implements InlineHtml.Apparatus {
      private final Block block;
      private final Map<String, AuthorDateLinker.CitationHit> citations = new HashMap<>();

      PageApparatus(Block block) {
        this.block = block;
        resolved.textCitationsOf(text.id(), block.anchor()).forEach(c -> citations.putIfAbsent(c.entryAnchor(), c));
      }

      @Override
      public Element mark(Inline.MarkKind kind, String ref) {
        return switch (kind) {
          case NOTE -> {
            Note note = resolved.edition().note(ref).orElse(null);
            yield new Element("span").addClass("q").addClass("q-" + note.kind().key()).attr("data-note", "n-" + note.id());
          }
          case TERM -> termLink(ref);
          case OWN_CITATION -> new Element("a").addClass("own-cite").attr("href", "#" + ref)
              .attr("title", "Reference list: " + citations.get(ref).entryLocator());
          case VARIANT -> {
            Element lemma = new Element("span").addClass("lemma").attr("data-variant", "v-" + ref);
            if (lemmasWritten.add(ref)) {
              lemma.id("lem-" + ref);
            }
            yield lemma;
          }
        };
      }

      /** The definition is shared by the whole site in the previews script, not repeated at each use. */
      private Element termLink(String termId) {
        previews.use(path, "term:" + termId);
        return new Element("a").addClass("term").attr("href", plan.href(path, "glossary", "term-" + termId))
            .attr("data-term", termId);
      }

      @Override
      public List<Node> point(Inline.PointKind kind, String ref) {
        if (kind == Inline.PointKind.VARIANT) {
          VariantPlacement v = resolved.variantPlacements().get(ref);
          // the zero-width space keeps the sign out of the lemma's last word, as for note markers
          return List.of(new Element("a").addClass("lem-ref").attr("href", "#v-" + ref)
              .attr("aria-label", "Apparatus entry " + v.number()).text("\u200B\u00B0"));
        }
        Note note = resolved.edition().note(ref).orElse(null);
        List<Element> parts = noteMarkup.sidenote(note, resolved.notePlacements().get(ref), path);
        parts.stream().filter(e -> e.hasClass("sn")).forEach(Page.this::inEditionLanguage);
        return List.copyOf(parts);
      }

      @Override
      public List<Node> footnote(String label) {
        Block footnote = footnotes.get(TextParser.footnoteAnchor(label));
        if (footnote == null) {
          return List.of();
        }
        String number = footnote.locator().substring(footnote.locator().indexOf(' ') + 1);
        String toggleId = "t-" + footnote.anchor();
        Element toggle = new Element("input").attr("type", "checkbox").id(toggleId).addClass("nt")
            .attr("aria-label", "Show the author's note " + number);
        Element marker = new Element("label").attr("for", toggleId).addClass("mk").addClass("mk-author")
            .attr("aria-hidden", "true").text("\u200B" + number);
        Element body = new Element("span").addClass("sn").addClass("note").addClass("k-author").addClass("fn").addClass("block")
            .id(footnote.anchor()).attr("role", "note").attr("aria-label", "Author's note " + number);
        Element head = body.appendElement("span").addClass("nh");
        head.appendElement("a").addClass("loc").attr("href", "#" + footnote.anchor()).text(footnote.locator());
        head.appendText(" ");
        head.appendElement("span").addClass("nk").text("Author's note");
        Element content = body.appendElement("span").addClass("nb");
        new InlineHtml(new PageApparatus(footnote)).append(content, woven(footnote));
        backlinks(footnote).ifPresent(refs -> {
          refs.remove();
          body.appendText(" ").appendChild(refs);
        });
        return List.of(toggle, marker, body);
      }

      @Override
      public String media(String sitePath) {
        return SitePlan.relative(path, sitePath);
      }
    }
  }
}
