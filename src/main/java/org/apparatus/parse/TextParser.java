package org.apparatus.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.model.Block;
import org.apparatus.model.BlockKind;
import org.apparatus.model.Markdown;
import org.jsoup.nodes.Element;

/**
 * Splits a primary text into citable blocks and gives each its anchor, derived from the text's
 * own structure: numbered sections ({@code s5-3}), paragraphs ({@code s5-3-p2}) and list items
 * ({@code s5-i3}). An explicit {@code {#id}} wins.
 */
public final class TextParser {
  private static final Pattern SECTION_NUMBER = Pattern.compile("^(\\d+(?:[-.]\\d+)*)[.)]?\\s+");

  private final MarkdownParser markdown;
  private final HtmlSanitizer sanitizer;
  private final Diagnostics diagnostics;

  public TextParser(MarkdownParser markdown, HtmlSanitizer sanitizer, Diagnostics diagnostics) {
    this.markdown = markdown;
    this.sanitizer = sanitizer;
    this.diagnostics = diagnostics;
  }

  public List<Block> parse(Markdown body) {
    State state = new State(body);
    for (Node node : body.document().getChildren()) {
      visit(node, state);
    }
    return List.copyOf(state.blocks);
  }

  private void visit(Node node, State state) {
    if (node instanceof Heading heading) {
      addHeading(heading, state);
    } else if (node instanceof Paragraph) {
      addParagraph(node, state);
    } else if (node instanceof ListBlock list) {
      state.listIndex++;
      int number = list instanceof OrderedList ol ? ol.getStartNumber() : 1;
      for (Node item : list.getChildren()) {
        if (item instanceof ListItem li) {
          if (li instanceof OrderedListItem) {
            number = parseNumber(li, number);
          }
          addListItem(li, list instanceof OrderedList, number, state);
          number++;
        }
      }
    } else if (node instanceof BlockQuote) {
      for (Node child : node.getChildren()) {
        visit(child, state);
      }
    } else if (!(node instanceof BulletList) && node.getTextLength() > 0 && !node.getChars().isBlank()) {
      addParagraph(node, state);
    }
  }

  private static int parseNumber(ListItem item, int fallback) {
    String marker = item.getOpeningMarker().toString().replaceAll("[^0-9]", "");
    try {
      return marker.isEmpty() ? fallback : Integer.parseInt(marker);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private void addHeading(Heading heading, State state) {
    Rendered r = render(heading, state);
    String title = r.element.text().strip();
    Matcher m = SECTION_NUMBER.matcher(title);
    String derived = m.find() ? "s" + m.group(1).replace('.', '-') : slug(title);
    String anchor = r.explicitId.isEmpty() ? derived : r.explicitId;
    String locator = m.reset().find() ? "§" + m.group(1).replace('.', '-') : title;
    state.section = anchor;
    state.sectionLocator = locator;
    state.paragraphs = 0;
    state.items = 0;
    state.add(new Block(BlockKind.HEADING, anchor, locator, anchor, heading.getLevel(), null,
        r.element.html(), HtmlText.of(r.element), r.pos));
  }

  private void addParagraph(Node node, State state) {
    Rendered r = render(node, state);
    state.paragraphs++;
    String derived = state.prefix() + "p" + state.paragraphs;
    String anchor = r.explicitId.isEmpty() ? derived : r.explicitId;
    String locator = (state.sectionLocator.isEmpty() ? "" : state.sectionLocator + " ") + "¶" + state.paragraphs;
    state.add(new Block(BlockKind.PARAGRAPH, anchor, locator, state.section, 0, null,
        r.element.html(), HtmlText.of(r.element), r.pos));
  }

  private void addListItem(ListItem item, boolean ordered, int number, State state) {
    Rendered r = render(item, state);
    // A list item renders as <li><p>..</p></li> when loose; keep the paragraph's content.
    Element content = r.element.children().size() == 1 && r.element.child(0).tagName().equals("p")
        && r.element.textNodes().stream().allMatch(t -> t.isBlank())
        ? r.element.child(0) : r.element;
    state.items++;
    String derived = state.prefix() + "i" + state.items;
    String explicit = r.explicitId.isEmpty() ? content.id() : r.explicitId;
    String anchor = explicit.isEmpty() ? derived : explicit;
    String locator = (state.sectionLocator.isEmpty() ? "" : state.sectionLocator + ", ") + "item " + state.items;
    state.add(new Block(BlockKind.LIST_ITEM, anchor, locator, state.section, 0,
        new Block.ListInfo(state.listIndex, ordered, number), content.html(), HtmlText.of(content), r.pos));
  }

  private Rendered render(Node node, State state) {
    String html = markdown.render(node);
    HtmlSanitizer.Result clean = sanitizer.clean(html);
    SourcePos pos = state.body.posAt(node.getStartOffset());
    if (clean.removedSomething()) {
      diagnostics.warning(Code.UNSAFE_HTML, pos, "unsafe HTML removed (scripts, event handlers, styles or unsupported URLs)",
          "write the text in Markdown; raw HTML is limited to formatting tags");
    }
    Element element = clean.body().children().isEmpty() ? clean.body() : clean.body().child(0);
    String explicitId = element.id();
    element.removeAttr("id");
    return new Rendered(element, explicitId, pos);
  }

  /** A lowercase ASCII id derived from heading text, e.g. {@code persian-references}. */
  public static String slug(String title) {
    String s = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
    return s.isEmpty() ? "section" : s;
  }

  private record Rendered(Element element, String explicitId, SourcePos pos) {}

  private final class State {
    final Markdown body;
    final List<Block> blocks = new ArrayList<>();
    final Map<String, SourcePos> seen = new HashMap<>();
    String section = "";
    String sectionLocator = "";
    int paragraphs;
    int items;
    int listIndex;

    State(Markdown body) {
      this.body = body;
    }

    String prefix() {
      return section.isEmpty() ? "" : section + "-";
    }

    void add(Block block) {
      SourcePos first = seen.putIfAbsent(block.anchor(), block.pos());
      if (first != null) {
        diagnostics.error(Code.DUPLICATE_ID, block.pos(), "anchor `" + block.anchor() + "` is already used at " + first,
            "give one of the two blocks a different explicit id with `{#new-id}`");
        return;
      }
      blocks.add(block);
    }
  }
}
