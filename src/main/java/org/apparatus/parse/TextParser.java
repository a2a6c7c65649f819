package org.apparatus.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.model.Attributes;
import org.apparatus.model.Block;
import org.apparatus.model.BlockKind;
import org.apparatus.model.BodyNode;
import org.apparatus.model.Inline;
import org.apparatus.model.Markdown;
import org.apparatus.model.Verse;

/**
 * Builds a primary text's document tree from its Markdown and gives each citable unit its anchor, derived
 * from the text's own structure: numbered sections ({@code s5-3}), paragraphs ({@code s5-3-p2}), list items
 * ({@code s5-i3}), tables and figures numbered through the text ({@code table-1}, {@code fig-2}) and the
 * author's footnotes by their label ({@code fn-1}), and verse by line and stanza numbered through the text ({@code l14},
 * {@code st2}). An explicit {@code {#id}} wins, except on verse.
 */
public final class TextParser {
  private static final Pattern SECTION_NUMBER = Pattern.compile("^(\\d+(?:[-.]\\d+)*)[.)]?\\s+");
  private static final Pattern EXPLICIT_ID = Pattern.compile("[^\\s#\"'<>&]+");

  private final Diagnostics diagnostics;
  private final MediaResolver media;
  private final boolean editorial;

  public TextParser(Diagnostics diagnostics, MediaResolver media) {
    this(diagnostics, media, false);
  }

  private TextParser(Diagnostics diagnostics, MediaResolver media, boolean editorial) {
    this.diagnostics = diagnostics;
    this.media = media;
    this.editorial = editorial;
  }

  /**
   * A parser for the editors' own Markdown (notes, glossary definitions, pages): the same tree, with
   * cross-references and citations as nodes; only headings get anchors (their slug, or an explicit id).
   */
  public static TextParser editorial(Diagnostics diagnostics) {
    return new TextParser(diagnostics, null, true);
  }

  /** The text's structure and its citable units in reading order. */
  public record Parsed(List<BodyNode> body, List<Block> blocks) {}

  public Parsed parse(Markdown md) {
    State state = new State(md);
    visitAll(md.document(), state, state.root);
    return new Parsed(List.copyOf(state.root), state.readingOrder());
  }

  private void visitAll(Node parent, State state, List<BodyNode> out) {
    for (Node node : parent.getChildren()) {
      visit(node, state, out);
    }
  }

  private void visit(Node node, State state, List<BodyNode> out) {
    if (node instanceof Heading heading) {
      heading(heading, state, out);
    } else if (node instanceof Paragraph paragraph) {
      paragraph(paragraph, state, out);
    } else if (node instanceof ListBlock list) {
      list(list, state, out);
    } else if (node instanceof BlockQuote) {
      List<BodyNode> children = new ArrayList<>();
      visitAll(node, state, children);
      out.add(new BodyNode.Quote(children, Attributes.NONE));
    } else if (node instanceof FencedCodeBlock fenced) {
      out.add(new BodyNode.CodeBlock(fenced.getInfo().toString().strip(), fenced.getContentChars().toString(), state.pos(node)));
    } else if (node instanceof IndentedCodeBlock || node instanceof CodeBlock) {
      out.add(new BodyNode.CodeBlock("", ((com.vladsch.flexmark.util.ast.ContentNode) node).getContentChars().toString(), state.pos(node)));
    } else if (node instanceof ThematicBreak) {
      out.add(new BodyNode.Rule(state.pos(node)));
    } else if (node instanceof TableBlock table) {
      table(table, state, out);
    } else if (node instanceof FootnoteBlock footnote && !editorial) {
      state.footnoteDefinitions.put(footnote.getText().toString(), footnote);
    } else if (node instanceof HtmlCommentBlock || node instanceof Reference) {
      // comments are the editor's own; link reference definitions are used by the links that name them
    } else if (node instanceof HtmlBlock html) {
      raw(new RawHtml(diagnostics, media, state.md.file().path(), state.pos(node)).parts(html.getChars().toString()), state, out);
    } else if (node instanceof AttributesNode) {
      diagnostics.warning(Code.UNSUPPORTED_ATTRIBUTE, state.pos(node), "attributes on a line of their own apply to nothing",
          "write `{#id}` at the end of the heading or paragraph it names");
    } else if (!node.getChars().isBlank()) {
      diagnostics.warning(Code.UNSUPPORTED_MARKUP, state.pos(node), "Markdown construct `" + node.getNodeName()
          + "` is not supported in a text; its words are kept as a paragraph", "write it as paragraphs, lists, tables or quotations");
      Block block = state.paragraph(List.of(new Inline.Text(node.getChars().toString().strip())), "", Attributes.NONE, state.pos(node));
      out.add(new BodyNode.Unit(block));
    }
  }

  private void heading(Heading heading, State state, List<BodyNode> out) {
    BlockAttributes.Parsed attrs = attributes(heading, state);
    List<Inline> content = state.inline.of(heading);
    out.add(new BodyNode.Unit(state.heading(heading.getLevel(), content, attrs.id(), attrs.attributes(), state.pos(heading))));
  }

  private void paragraph(Paragraph paragraph, State state, List<BodyNode> out) {
    if (!editorial && LineBlock.is(paragraph)) {
      verse(paragraph, state, out);
      return;
    }
    BlockAttributes.Parsed attrs = attributes(paragraph, state);
    boolean figure = isFigure(paragraph);
    List<Inline> content = state.inline.of(paragraph);
    if (content.isEmpty()) {
      if (!paragraph.getChars().isBlank() && !figure) {
        diagnostics.warning(Code.UNSUPPORTED_MARKUP, state.pos(paragraph), "this paragraph has nothing left to show and is not numbered",
            "see the warnings above for what was left out");
      }
      return;
    }
    if (figure && content.size() == 1 && content.get(0) instanceof Inline.Image image) {
      List<Inline> caption = new ArrayList<>();
      caption.add(image);
      String words = image.title().isEmpty() ? image.alt() : image.title();
      if (!words.isEmpty()) {
        caption.add(new Inline.Text(words));
      }
      out.add(new BodyNode.Unit(state.numbered(BlockKind.FIGURE, "fig", "fig.", caption, attrs, state.pos(paragraph))));
      return;
    }
    out.add(new BodyNode.Unit(state.paragraph(content, attrs.id(), attrs.attributes(), state.pos(paragraph))));
  }

  /** A line block: one stanza, or several where a line holds only {@code |}. */
  private void verse(Paragraph paragraph, State state, List<BodyNode> out) {
    BlockAttributes.Parsed attrs = attributes(paragraph, state);
    if (!attrs.id().isEmpty()) {
      diagnostics.warning(Code.UNSUPPORTED_ATTRIBUTE, state.pos(paragraph), "a line block takes no explicit id: `{#" + attrs.id()
          + "}` left out", "its stanzas are numbered st1, st2, … and its lines l1, l2, … through the text; cite those");
    }
    SourcePos stanzaPos = state.pos(paragraph);
    List<BodyNode.Line> lines = new ArrayList<>();
    for (LineBlock.SourceLine source : LineBlock.split(paragraph, BlockAttributes.trailing(paragraph))) {
      LineBlock.Converted line = LineBlock.strip(state.inline.of(source.nodes()));
      SourcePos pos = source.nodes().isEmpty() ? state.currentPos : state.pos(source.nodes().get(0));
      if (line.isEmpty()) {
        if (!lines.isEmpty()) {
          out.add(state.stanza(lines, attrs.attributes(), stanzaPos));
          lines = new ArrayList<>();
        }
        continue;
      }
      if (lines.isEmpty()) {
        stanzaPos = pos;
      }
      lines.add(state.line(line.content(), line.indent(), pos));
    }
    if (!lines.isEmpty()) {
      out.add(state.stanza(lines, attrs.attributes(), stanzaPos));
    }
  }

  private static boolean isFigure(Paragraph paragraph) {
    int images = 0;
    for (Node child : paragraph.getChildren()) {
      if (child instanceof Image || child instanceof com.vladsch.flexmark.ast.ImageRef) {
        images++;
      } else if (!(child instanceof AttributesNode) && !child.getChars().isBlank()) {
        return false;
      }
    }
    return images == 1;
  }

  private void list(ListBlock list, State state, List<BodyNode> out) {
    state.listIndex++;
    int listIndex = state.listIndex;
    boolean ordered = list instanceof OrderedList;
    int start = list instanceof OrderedList ol ? ol.getStartNumber() : 1;
    int number = start;
    List<BodyNode.Item> items = new ArrayList<>();
    for (Node child : list.getChildren()) {
      if (!(child instanceof ListItem item)) {
        continue;
      }
      if (item instanceof OrderedListItem) {
        number = parseNumber(item, number);
      }
      Node first = item.getFirstChild();
      List<Inline> content = List.of();
      BlockAttributes.Parsed attrs = BlockAttributes.Parsed.NONE;
      if (first instanceof Paragraph p) {
        attrs = attributes(p, state);
        content = state.inline.of(p);
      }
      Block block = state.item(content, attrs.id(), attrs.attributes(), new Block.ListInfo(listIndex, ordered, number), state.pos(item));
      List<BodyNode> rest = new ArrayList<>();
      for (Node n = first instanceof Paragraph ? first.getNext() : first; n != null; n = n.getNext()) {
        visit(n, state, rest);
      }
      items.add(new BodyNode.Item(block, rest));
      number++;
    }
    out.add(new BodyNode.ListGroup(ordered, start, items));
  }

  private static int parseNumber(ListItem item, int fallback) {
    String marker = item.getOpeningMarker().toString().replaceAll("[^0-9]", "");
    try {
      return marker.isEmpty() ? fallback : Integer.parseInt(marker);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private void table(TableBlock table, State state, List<BodyNode> out) {
    List<Inline> content = new ArrayList<>();
    for (Node part : table.getChildren()) {
      if (part instanceof TableCaption caption) {
        content.add(0, new Inline.Element("caption", Map.of(), state.inline.of(caption)));
        continue;
      }
      if (part instanceof com.vladsch.flexmark.ext.tables.TableSeparator) {
        continue;
      }
      boolean head = part instanceof TableHead;
      for (Node row : part.getChildren()) {
        if (!(row instanceof TableRow)) {
          continue;
        }
        List<Inline> cells = new ArrayList<>();
        for (Node c : row.getChildren()) {
          if (c instanceof TableCell cell) {
            String align = cell.getAlignment() == null ? "" : cell.getAlignment().name().toLowerCase(Locale.ROOT);
            cells.add(new Inline.Cell(head || cell.isHeader(), align, state.inline.of(cell)));
          }
        }
        content.add(new Inline.Row(head, cells));
      }
    }
    out.add(new BodyNode.Unit(state.numbered(BlockKind.TABLE, "table", "table", content, BlockAttributes.Parsed.NONE, state.pos(table))));
  }

  private void raw(List<RawHtml.Part> parts, State state, List<BodyNode> out) {
    for (RawHtml.Part part : parts) {
      if (part instanceof RawHtml.Paragraph p) {
        out.add(new BodyNode.Unit(state.paragraph(p.content(), p.id(), p.attributes(), state.currentPos)));
      } else if (part instanceof RawHtml.Heading h) {
        out.add(new BodyNode.Unit(state.heading(h.level(), h.content(), h.id(), h.attributes(), state.currentPos)));
      } else if (part instanceof RawHtml.Quote q) {
        List<BodyNode> children = new ArrayList<>();
        raw(q.children(), state, children);
        out.add(new BodyNode.Quote(children, q.attributes()));
      } else if (part instanceof RawHtml.Rule) {
        out.add(new BodyNode.Rule(state.currentPos));
      }
    }
  }

  /** The anchor of the author's footnote with this label, e.g. {@code fn-1}. */
  public static String footnoteAnchor(String label) {
    String slug = Slug.of(label);
    return "fn-" + (slug.isEmpty() ? Integer.toHexString(label.hashCode()) : slug);
  }

  private BlockAttributes.Parsed attributes(Node block, State state) {
    BlockAttributes.Parsed parsed = BlockAttributes.of(block);
    HtmlAllowlist.reportRejected(diagnostics, state.pos(block), null, parsed.rejected(), "a block may set {#id}, .class, lang=… and dir=ltr|rtl|auto");
    if (!parsed.id().isEmpty() && !EXPLICIT_ID.matcher(parsed.id()).matches()) {
      diagnostics.error(Code.BAD_VALUE, state.pos(block), "`" + parsed.id() + "` cannot be an anchor",
          "an explicit id has no spaces, quotes, `#`, `<`, `>` or `&`, e.g. {#s5-3-p2}");
      return new BlockAttributes.Parsed("", parsed.attributes(), parsed.rejected());
    }
    return parsed;
  }

  private final class State {
    final Markdown md;
    final InlineContent inline;
    final List<BodyNode> root = new ArrayList<>();
    final List<Block> units = new ArrayList<>();
    final Map<String, SourcePos> seen = new HashMap<>();
    final Map<String, FootnoteBlock> footnoteDefinitions = new LinkedHashMap<>();
    /** Footnote labels in the order they are first referred to, and the unit that first refers to each. */
    final Map<String, Block> firstReference = new LinkedHashMap<>();
    final List<String> pendingReferences = new ArrayList<>();
    SourcePos currentPos;
    String section = "";
    String sectionLocator = "";
    int paragraphs;
    int items;
    int listIndex;
    int lines;
    int stanzas;
    final Map<BlockKind, Integer> numbered = new HashMap<>();

    State(Markdown md) {
      this.md = md;
      this.inline = editorial ? InlineContent.editorial(md, diagnostics) : new InlineContent(md, diagnostics, media, this::referred);
      this.currentPos = md.posAt(0);
    }

    SourcePos pos(Node node) {
      currentPos = md.posAt(node.getStartOffset());
      return currentPos;
    }

    private void referred(Footnote footnote) {
      pendingReferences.add(footnote.getText().toString());
    }

    String prefix() {
      return section.isEmpty() ? "" : section + "-";
    }

    Block heading(int level, List<Inline> content, String explicitId, Attributes attributes, SourcePos pos) {
      String title = Inline.plainText(content).strip();
      Matcher m = SECTION_NUMBER.matcher(title);
      boolean numberedSection = m.find();
      String slug = Slug.of(title);
      String derived = numberedSection ? "s" + m.group(1).replace('.', '-') : slug.isEmpty() ? "section" : slug;
      // headings of editorial pages keep their slug as anchor, for the page's contents
      String anchor = explicitId.isEmpty() ? unique(editorial ? (slug.isEmpty() ? "section" : slug) : derived) : explicitId;
      String locator = numberedSection ? "§" + m.group(1).replace('.', '-') : title;
      section = anchor;
      sectionLocator = locator;
      paragraphs = 0;
      items = 0;
      return add(Block.of(BlockKind.HEADING, anchor, locator, anchor, level, null, content, attributes, pos), !explicitId.isEmpty());
    }

    Block paragraph(List<Inline> content, String explicitId, Attributes attributes, SourcePos pos) {
      paragraphs++;
      String derived = prefix() + "p" + paragraphs;
      String locator = (sectionLocator.isEmpty() ? "" : sectionLocator + " ") + "¶" + paragraphs;
      String anchor = explicitId.isEmpty() ? derived(derived) : explicitId;
      return add(Block.of(BlockKind.PARAGRAPH, anchor, locator, section, 0, null, content, attributes, pos), !explicitId.isEmpty());
    }

    Block item(List<Inline> content, String explicitId, Attributes attributes, Block.ListInfo list, SourcePos pos) {
      items++;
      String derived = prefix() + "i" + items;
      String locator = (sectionLocator.isEmpty() ? "" : sectionLocator + ", ") + "item " + items;
      String anchor = explicitId.isEmpty() ? derived(derived) : explicitId;
      return add(Block.of(BlockKind.LIST_ITEM, anchor, locator, section, 0, list, content, attributes, pos), !explicitId.isEmpty());
    }

    /** A line of verse, numbered through the whole text; its anchor is always {@code l<N>}. */
    BodyNode.Line line(List<Inline> content, int indent, SourcePos pos) {
      lines++;
      Block block = Block.of(BlockKind.LINE, Verse.lineAnchor(lines), Verse.lineLocator(lines), section, 0, null, content,
          Attributes.NONE, pos);
      return new BodyNode.Line(add(block, true), lines, indent);
    }

    BodyNode.Stanza stanza(List<BodyNode.Line> stanzaLines, Attributes attributes, SourcePos pos) {
      stanzas++;
      String anchor = Verse.stanzaAnchor(stanzas);
      SourcePos first = seen.putIfAbsent(anchor, pos);
      if (first != null) {
        diagnostics.error(Code.DUPLICATE_ID, pos, "stanza anchor `" + anchor + "` is already used at " + first,
            "stanzas are numbered st1, st2, … through the text: give the other block a different explicit id");
      }
      return new BodyNode.Stanza(anchor, Verse.stanzaLocator(stanzas), stanzas, stanzaLines, attributes, pos);
    }

    /** Tables and figures, numbered through the whole text as printed editions number them. */
    Block numbered(BlockKind kind, String idPrefix, String label, List<Inline> content, BlockAttributes.Parsed attrs, SourcePos pos) {
      int n = numbered.merge(kind, 1, Integer::sum);
      String anchor = attrs.id().isEmpty() ? derived(idPrefix + "-" + n) : attrs.id();
      return add(Block.of(kind, anchor, label + " " + n, section, 0, null, content, attrs.attributes(), pos), !attrs.id().isEmpty());
    }

    /** Only headings of the editors' pages have anchors; every unit of a text has one. */
    private String derived(String derived) {
      return editorial ? "" : unique(derived);
    }

    private String unique(String derived) {
      String anchor = derived;
      for (int i = 2; seen.containsKey(anchor); i++) {
        anchor = derived + "-" + i;
      }
      return anchor;
    }

    private Block add(Block block, boolean explicit) {
      SourcePos first = block.anchor().isEmpty() ? null : seen.putIfAbsent(block.anchor(), block.pos());
      if (first != null && explicit) {
        diagnostics.error(Code.DUPLICATE_ID, block.pos(), "anchor `" + block.anchor() + "` is already used at " + first,
            "give one of the two blocks a different explicit id with `{#new-id}`");
      }
      units.add(block);
      for (String label : pendingReferences) {
        firstReference.putIfAbsent(label, block);
      }
      pendingReferences.clear();
      return block;
    }

    /** The units in reading order, each of the author's footnotes after the unit that first refers to it. */
    List<Block> readingOrder() {
      Map<String, Block> footnotes = footnoteBlocks();
      Map<Block, List<Block>> after = new HashMap<>();
      List<Block> unreferenced = new ArrayList<>();
      for (Map.Entry<String, Block> f : footnotes.entrySet()) {
        Block owner = firstReference.get(f.getKey());
        if (owner == null) {
          unreferenced.add(f.getValue());
        } else {
          after.computeIfAbsent(owner, k -> new ArrayList<>()).add(f.getValue());
        }
      }
      List<Block> order = new ArrayList<>();
      for (Block b : units) {
        if (b.kind() != BlockKind.FOOTNOTE) {
          appendWithFootnotes(b, after, order);
        }
      }
      order.addAll(unreferenced);
      return List.copyOf(order);
    }

    private void appendWithFootnotes(Block b, Map<Block, List<Block>> after, List<Block> order) {
      order.add(b);
      for (Block f : after.getOrDefault(b, List.of())) {
        appendWithFootnotes(f, after, order);
      }
    }

    /** The author's footnotes, numbered in the order they are first referred to. */
    private Map<String, Block> footnoteBlocks() {
      List<String> labels = new ArrayList<>(firstReference.keySet());
      labels.retainAll(footnoteDefinitions.keySet());
      int number = 0;
      Map<String, Block> out = new LinkedHashMap<>();
      List<String> pending = new ArrayList<>(labels);
      // a footnote may refer to another footnote: build until no new reference appears
      for (int i = 0; i < pending.size(); i++) {
        String label = pending.get(i);
        number++;
        out.put(label, footnote(label, number));
        for (String l : firstReference.keySet()) {
          if (!pending.contains(l) && footnoteDefinitions.containsKey(l)) {
            pending.add(l);
          }
        }
      }
      for (Map.Entry<String, FootnoteBlock> d : footnoteDefinitions.entrySet()) {
        if (!out.containsKey(d.getKey())) {
          diagnostics.warning(Code.UNUSED_FOOTNOTE, pos(d.getValue()), "footnote `[^" + d.getKey() + "]` is never referred to",
              "refer to it with `[^" + d.getKey() + "]` in the text, or remove the definition");
          number++;
          out.put(d.getKey(), footnote(d.getKey(), number));
        }
      }
      return out;
    }

    private Block footnote(String label, int number) {
      FootnoteBlock definition = footnoteDefinitions.get(label);
      List<Inline> content = new ArrayList<>();
      for (Node child : definition.getChildren()) {
        List<Inline> part = child instanceof Paragraph ? inline.of(child) : List.of(new Inline.Text(child.getChars().toString().strip()));
        if (!content.isEmpty() && !part.isEmpty()) {
          content.add(new Inline.LineBreak());
        }
        content.addAll(part);
      }
      String anchor = footnoteAnchor(label);
      Block block = Block.of(BlockKind.FOOTNOTE, anchor, "fn. " + number, "", 0, null, content, Attributes.NONE, pos(definition));
      SourcePos first = seen.putIfAbsent(anchor, block.pos());
      if (first != null) {
        diagnostics.error(Code.DUPLICATE_ID, block.pos(), "footnote anchor `" + anchor + "` is already used at " + first,
            "rename the footnote label `[^" + label + "]`");
      }
      units.add(block);
      for (String l : pendingReferences) {
        firstReference.putIfAbsent(l, block);
      }
      pendingReferences.clear();
      return block;
    }
  }
}
