package org.apparatus.export.tei;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apparatus.export.tei.XmlIds.Kind;
import org.apparatus.model.Block;
import org.apparatus.model.BlockKind;
import org.apparatus.model.BodyNode;
import org.apparatus.model.Inline;
import org.apparatus.render.WovenContent;

/**
 * Writes a body of document nodes as TEI structure. In a text ({@code citable}) every unit carries its anchor as
 * {@code xml:id} and its content with the apparatus woven in, and each heading opens a {@code div} (nested by
 * level) whose {@code head} it is. In the editors' Markdown (a note, a definition) the same nodes are written
 * without ids, headings as paragraphs, since they sit inside a note or an item.
 */
final class TeiBody {
  private final TeiState s;
  private final TeiXml xml;
  private final TeiInline inline;
  private final boolean citable;
  private final Deque<Integer> sections = new ArrayDeque<>();

  private TeiBody(TeiState state, boolean citable) {
    this.s = state;
    this.xml = state.xml;
    this.inline = new TeiInline(state);
    this.citable = citable;
  }

  /** The text's body: its sections as divisions. */
  static void text(TeiState state, List<BodyNode> body) {
    TeiBody writer = new TeiBody(state, true);
    if (body.isEmpty()) {
      state.xml.emptyBlock("p");
    }
    for (BodyNode node : body) {
      if (node instanceof BodyNode.Unit u && u.block().kind() == BlockKind.HEADING) {
        writer.section(u.block());
      } else {
        writer.node(node);
      }
    }
    writer.closeSections(Integer.MIN_VALUE);
  }

  /** The editors' Markdown inside a note or a glossary item. */
  static void editorial(TeiState state, List<BodyNode> body) {
    TeiBody writer = new TeiBody(state, false);
    body.forEach(writer::node);
  }

  /**
   * A stanza as {@code lg}: each line an {@code l} with its anchor ({@code l14}) as id, its number as {@code n} and
   * its indentation as {@code rend="indent(N)"}, its content with the apparatus woven in.
   */
  static void stanza(TeiState state, BodyNode.Stanza stanza) {
    new TeiBody(state, true).lineGroup(stanza);
  }

  private void lineGroup(BodyNode.Stanza stanza) {
    xml.start("lg").attr("type", "stanza").attr("n", String.valueOf(stanza.number()));
    if (citable && !stanza.anchor().isEmpty()) {
      xml.attr("xml:id", s.ids.of(Kind.BLOCK, stanza.anchor()));
    }
    xml.attr("xml:lang", stanza.attributes().lang());
    for (BodyNode.Line line : stanza.lines()) {
      Block b = line.block();
      xml.start("l").attr("n", String.valueOf(line.number()));
      if (citable) {
        xml.attr("xml:id", s.ids.of(Kind.BLOCK, b.anchor()));
      }
      xml.attr("rend", line.indent() > 0 ? "indent(" + line.indent() + ")" : "");
      xml.attr("xml:lang", b.attributes().lang());
      content(b);
      xml.end();
    }
    xml.end();
  }

  private void section(Block heading) {
    closeSections(heading.level());
    xml.start("div").attr("xml:id", s.ids.of(Kind.BLOCK, heading.anchor())).attr("n", heading.locator())
        .attr("xml:lang", heading.attributes().lang());
    sections.push(heading.level());
    xml.start("head");
    inline.woven(heading);
    xml.end();
  }

  private void closeSections(int level) {
    while (!sections.isEmpty() && sections.peek() >= level) {
      sections.pop();
      xml.end();
    }
  }

  void node(BodyNode node) {
    if (node instanceof BodyNode.Unit u) {
      unit(u.block());
    } else if (node instanceof BodyNode.Quote q) {
      xml.start("quote").attr("xml:lang", q.attributes().lang());
      q.children().forEach(this::node);
      xml.end();
    } else if (node instanceof BodyNode.ListGroup l) {
      list(l);
    } else if (node instanceof BodyNode.CodeBlock c) {
      xml.start("eg").attr("xml:space", "preserve").text(c.code()).end();
    } else if (node instanceof BodyNode.Stanza st) {
      lineGroup(st);
    } else if (node instanceof BodyNode.Rule) {
      xml.emptyBlock("milestone").attr("unit", "section").attr("rend", "rule");
    } else {
      throw new IllegalStateException("no TEI encoding for " + node.getClass().getSimpleName());
    }
  }

  private void list(BodyNode.ListGroup l) {
    xml.start("list").attr("rend", l.ordered() ? "numbered" : "bulleted");
    for (BodyNode.Item item : l.items()) {
      Block b = item.block();
      xml.start("item");
      // a numbered item's n is the number printed before it; its locator stays in the pages
      boolean numbered = l.ordered() && b.list() != null;
      ids(b, !numbered);
      if (numbered) {
        xml.attr("n", String.valueOf(b.list().number()));
      }
      content(b);
      item.children().forEach(this::node);
      xml.end();
    }
    xml.end();
  }

  /** A switch expression, so that a new kind of unit does not compile until it has its TEI encoding here. */
  private void unit(Block b) {
    Runnable encoding = switch (b.kind()) {
      case TABLE -> () -> table(b);
      case FIGURE -> () -> figure(b);
      // a heading that opens no division: inside a quotation, or in the editors' prose
      case HEADING -> () -> paragraph(b, "heading");
      // a list item or footnote outside its list or reference (never so in a parsed body) keeps its words
      case PARAGRAPH, LIST_ITEM, FOOTNOTE -> () -> paragraph(b, "");
      // a line is written by its stanza; one on its own keeps its words
      case LINE -> () -> paragraph(b, "line");
    };
    encoding.run();
  }

  private void paragraph(Block b, String rend) {
    xml.start("p").attr("rend", rend);
    ids(b);
    content(b);
    xml.end();
  }

  private void ids(Block b) {
    ids(b, true);
  }

  private void ids(Block b, boolean withLocator) {
    if (citable && !b.anchor().isEmpty()) {
      xml.attr("xml:id", s.ids.of(Kind.BLOCK, b.anchor())).attr("n", withLocator ? b.locator() : "");
    }
    xml.attr("xml:lang", b.attributes().lang());
  }

  private void content(Block b) {
    inline.write(contentOf(b));
  }

  private List<Inline> contentOf(Block b) {
    if (citable) {
      s.source = b.pos();
      return WovenContent.of(s.resolved, s.text.id(), b);
    }
    return b.content();
  }

  /** A table: its caption as {@code head}, header rows and cells with {@code role="label"}. */
  private void table(Block b) {
    xml.start("table");
    ids(b);
    List<Inline> content = contentOf(b);
    for (Inline part : content) {
      if (part instanceof Inline.Element caption && caption.tag().equals("caption")) {
        xml.start("head");
        inline.write(caption.children());
        xml.end();
      }
    }
    for (Inline part : content) {
      if (part instanceof Inline.Row row) {
        xml.start("row");
        if (row.head()) {
          xml.attr("role", "label");
        }
        for (Inline c : row.cells()) {
          if (c instanceof Inline.Cell cell) {
            xml.start("cell");
            if (cell.header()) {
              xml.attr("role", "label");
            }
            inline.write(cell.children());
            xml.end();
          }
        }
        xml.end();
      }
    }
    xml.end();
  }

  /** A figure: its image as {@code graphic}, the words after it as its caption ({@code head}). */
  private void figure(Block b) {
    xml.start("figure");
    ids(b);
    List<Inline> content = contentOf(b);
    List<Inline> caption = content;
    if (!content.isEmpty() && content.get(0) instanceof Inline.Image img) {
      caption = content.subList(1, content.size());
      if (!Inline.plainText(caption).isBlank() || caption.stream().anyMatch(i -> !(i instanceof Inline.Text))) {
        xml.start("head");
        inline.write(caption);
        xml.end();
      }
      xml.start("graphic").attr("url", img.src().contains(":") ? img.src() : s.urls.file(img.src()));
      xml.leaf("desc", img.alt());
      xml.end();
    } else {
      xml.start("p");
      inline.write(caption);
      xml.end();
    }
    xml.end();
  }
}
