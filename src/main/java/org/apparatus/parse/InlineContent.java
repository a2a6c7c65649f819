package org.apparatus.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.model.Inline;
import org.apparatus.model.Markdown;

/**
 * Turns the inline nodes of a primary text's Markdown into the edition's {@link Inline} tree. Raw inline HTML
 * tags are paired into elements and kept when the allowlist has them; whatever is left out is reported at its
 * line. Nothing is rendered to HTML here.
 */
final class InlineContent {
  private static final Pattern TAG = Pattern.compile("^<\\s*(/?)\\s*([A-Za-z][A-Za-z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)\\s*(/?)\\s*>$", Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");

  private final Markdown md;
  private final Diagnostics diagnostics;
  private final MediaResolver media;
  private final Consumer<Footnote> footnoteUsed;
  private final boolean editorial;

  InlineContent(Markdown md, Diagnostics diagnostics, MediaResolver media, Consumer<Footnote> footnoteUsed) {
    this(md, diagnostics, media, footnoteUsed, false);
  }

  private InlineContent(Markdown md, Diagnostics diagnostics, MediaResolver media, Consumer<Footnote> footnoteUsed,
      boolean editorial) {
    this.md = md;
    this.diagnostics = diagnostics;
    this.media = media;
    this.footnoteUsed = footnoteUsed;
    this.editorial = editorial;
  }

  /** For the editors' own Markdown (notes, glossary, pages): cross-references and citations become nodes. */
  static InlineContent editorial(Markdown md, Diagnostics diagnostics) {
    return new InlineContent(md, diagnostics, null, f -> { }, true);
  }

  /** The inline content of {@code parent}'s children, leaving out the trailing block attributes. */
  List<Inline> of(Node parent) {
    List<Node> children = new ArrayList<>();
    parent.getChildren().forEach(children::add);
    Node trailing = BlockAttributes.trailing(parent);
    if (trailing != null) {
      children.remove(trailing);
    }
    List<Inline> out = convert(children);
    if (trailing != null) {
      stripTrailingSpace(out);
    }
    return out;
  }

  /** The inline content of these sibling nodes, e.g. one line of a line block. */
  List<Inline> of(List<Node> nodes) {
    return convert(nodes);
  }

  private List<Inline> convert(List<Node> nodes) {
    Deque<Frame> open = new ArrayDeque<>();
    open.push(new Frame("", Map.of(), null));
    for (Node node : nodes) {
      if (node instanceof HtmlInline html) {
        tag(html, open);
      } else if (node instanceof AttributesNode attributes) {
        attach(attributes, open.peek().children);
      } else {
        Inline converted = convert(node);
        if (converted != null) {
          open.peek().children.add(converted);
        }
      }
    }
    while (open.size() > 1) {
      close(open);
    }
    return open.peek().children;
  }

  private Inline convert(Node node) {
    if (node instanceof Text || node instanceof HtmlEntity) {
      return new Inline.Text(node.getChars().unescape());
    } else if (node instanceof TextBase) {
      return group(convert(children(node)));
    } else if (node instanceof SoftLineBreak) {
      return new Inline.Text(" ");
    } else if (node instanceof HardLineBreak) {
      return new Inline.LineBreak();
    } else if (node instanceof com.vladsch.flexmark.ast.Code code) {
      return new Inline.Code(code.getText().toString());
    } else if (node instanceof Emphasis) {
      return new Inline.Styled(Inline.Style.EMPHASIS, convert(children(node)));
    } else if (node instanceof StrongEmphasis) {
      return new Inline.Styled(Inline.Style.STRONG, convert(children(node)));
    } else if (node instanceof Strikethrough) {
      return new Inline.Styled(Inline.Style.STRIKETHROUGH, convert(children(node)));
    } else if (node instanceof Link link) {
      return link(link.getUrl().unescape(), link.getTitle().unescape(), convert(children(node)), node);
    } else if (node instanceof AutoLink auto) {
      String url = auto.getText().unescape();
      return link(url, "", List.of(new Inline.Text(url)), node);
    } else if (node instanceof MailLink mail) {
      String address = mail.getText().unescape();
      return link("mailto:" + address, "", List.of(new Inline.Text(address)), node);
    } else if (node instanceof LinkRef ref) {
      Reference target = ref.isDefined() ? (Reference) ref.getReferenceNode(md.document()) : null;
      if (target == null) {
        return new Inline.Text(node.getChars().unescape());
      }
      List<Inline> label = ref.getText().isEmpty() ? List.of(new Inline.Text(ref.getReference().unescape())) : convert(children(node));
      return link(target.getUrl().unescape(), target.getTitle().unescape(), label, node);
    } else if (node instanceof Image image) {
      return image(image.getUrl().unescape(), image.getText().unescape(), image.getTitle().unescape(), node);
    } else if (node instanceof ImageRef ref) {
      Reference target = ref.isDefined() ? (Reference) ref.getReferenceNode(md.document()) : null;
      if (target == null) {
        return new Inline.Text(node.getChars().unescape());
      }
      return image(target.getUrl().unescape(), ref.getText().unescape(), target.getTitle().unescape(), node);
    } else if (editorial && node instanceof CrossRefNode x) {
      return new Inline.CrossRef(x.target(), x.label(), md.keyAt(node.getStartOffset()));
    } else if (editorial && node instanceof CitationNode c) {
      return new Inline.Citation(c.items().stream().map(i -> new Inline.Cited(i.key(), i.locator(), i.suppressAuthor())).toList());
    } else if (editorial && node instanceof Footnote) {
      diagnostics.warning(Code.UNSUPPORTED_MARKUP, pos(node), "a note or page cannot have footnotes; `" + node.getChars() + "` is shown as written",
          "write the remark into the note itself, or make it a note of its own");
      return new Inline.Text(node.getChars().toString());
    } else if (node instanceof Footnote footnote) {
      if (footnote.getFootnoteBlock() == null) {
        diagnostics.error(Code.UNKNOWN_FOOTNOTE, pos(node), "footnote `[^" + footnote.getText() + "]` has no definition",
            "add a line `[^" + footnote.getText() + "]: the note's text` after the paragraph, or remove the reference");
        return null;
      }
      footnoteUsed.accept(footnote);
      return new Inline.FootnoteRef(footnote.getText().toString(), pos(node));
    } else if (node instanceof HtmlInlineComment) {
      return null;
    } else if (node instanceof CrossRefNode || node instanceof CitationNode) {
      diagnostics.warning(Code.UNSUPPORTED_MARKUP, pos(node), "`" + node.getChars() + "` is apparatus syntax, which a primary text cannot hold; it is shown as written",
          "put cross-references and citations in a note (content/notes/<text>/), or escape the bracket as `\\[` to keep the characters");
      return new Inline.Text(node.getChars().toString());
    }
    diagnostics.warning(Code.UNSUPPORTED_MARKUP, pos(node), "Markdown construct `" + node.getNodeName() + "` is not supported here; its text is kept as written",
        "write it as plain text, emphasis, a link or an image");
    return new Inline.Text(node.getChars().unescape());
  }

  private Inline link(String href, String title, List<Inline> label, Node node) {
    return UrlPolicy.allow(href).<Inline>map(url -> new Inline.Link(url, title, label)).orElseGet(() -> {
      diagnostics.warning(Code.UNSAFE_URL, pos(node), "link target `" + shorten(href) + "` is not allowed; the words are kept without the link",
          "links may use http, https or mailto, or be relative");
      return group(label);
    });
  }

  private Inline image(String src, String alt, String title, Node node) {
    if (media == null) {
      HtmlAllowlist.reportImageOutsideText(diagnostics, pos(node));
      return null;
    }
    return media.resolve(md.file().path(), src, pos(node)).<Inline>map(path -> new Inline.Image(path, alt, title)).orElse(null);
  }

  /** Pairs an opening and a closing tag of raw inline HTML into one element of the tree. */
  private void tag(HtmlInline html, Deque<Frame> open) {
    String source = html.getChars().toString();
    Matcher m = TAG.matcher(source.strip());
    SourcePos pos = pos(html);
    if (!m.matches()) {
      diagnostics.warning(Code.UNSUPPORTED_MARKUP, pos, "raw HTML `" + shorten(source) + "` is left out", "write it in Markdown");
      return;
    }
    boolean closing = !m.group(1).isEmpty();
    String tag = m.group(2).toLowerCase(Locale.ROOT);
    if (closing) {
      if (open.stream().anyMatch(f -> f.tag.equals(tag))) {
        while (!open.peek().tag.equals(tag)) {
          close(open);
        }
        close(open);
      }
      return;
    }
    Map<String, String> attributes = attributes(m.group(3));
    if (HtmlAllowlist.VOID.contains(tag)) {
      if (tag.equals("br")) {
        open.peek().children.add(new Inline.LineBreak());
      }
      return;
    }
    if (tag.equals("a") || tag.equals("img")) {
      rawLinkOrImage(tag, attributes, pos, open);
      return;
    }
    if (!HtmlAllowlist.INLINE.contains(tag)) {
      boolean unsafe = HtmlAllowlist.DROPPED_WITH_CONTENT.contains(tag);
      diagnostics.warning(unsafe ? Code.UNSAFE_HTML : Code.UNSUPPORTED_MARKUP, pos,
          "raw HTML tag <" + tag + "> is left out" + (unsafe ? "" : "; its words are kept"),
          "raw HTML in a text is limited to formatting and language tags such as <bdi>, <span lang>, <abbr>, <sub>, <sup>");
      return;
    }
    List<String> rejected = new ArrayList<>();
    Map<String, String> kept = HtmlAllowlist.keep(tag, attributes, rejected);
    HtmlAllowlist.reportRejected(diagnostics, pos, tag, rejected, "raw HTML may carry lang, dir (ltr, rtl, auto), title and class");
    if (!m.group(4).isEmpty()) {
      open.peek().children.add(new Inline.Element(tag, kept, List.of()));
    } else {
      open.push(new Frame(tag, kept, null));
    }
  }

  private void rawLinkOrImage(String tag, Map<String, String> attributes, SourcePos pos, Deque<Frame> open) {
    if (tag.equals("img") && media == null) {
      HtmlAllowlist.reportImageOutsideText(diagnostics, pos);
      return;
    }
    if (tag.equals("img")) {
      Inline image = media.resolve(md.file().path(), attributes.getOrDefault("src", ""), pos)
          .<Inline>map(p -> new Inline.Image(p, attributes.getOrDefault("alt", ""), attributes.getOrDefault("title", ""))).orElse(null);
      if (image != null) {
        open.peek().children.add(image);
      }
      return;
    }
    String href = attributes.getOrDefault("href", "");
    if (UrlPolicy.allow(href).isEmpty()) {
      diagnostics.warning(Code.UNSAFE_URL, pos, "link target `" + shorten(href) + "` is not allowed; the words are kept without the link",
          "links may use http, https or mailto, or be relative");
      open.push(new Frame("span", Map.of(), null));
    } else {
      open.push(new Frame("a", Map.of(), new Inline.Link(href, attributes.getOrDefault("title", ""), List.of())));
    }
  }

  private static void close(Deque<Frame> open) {
    Frame f = open.pop();
    Inline element;
    if (f.link != null) {
      element = new Inline.Link(f.link.href(), f.link.title(), f.children);
    } else if (f.tag.equals("span") && f.attributes.isEmpty()) {
      element = group(f.children);
    } else {
      element = new Inline.Element(f.tag, f.attributes, f.children);
    }
    open.peek().children.add(element);
  }

  /** Inline attributes {@code {lang=fa}} after a span apply to it; the tree wraps it in a span that carries them. */
  private void attach(AttributesNode node, List<Inline> siblings) {
    List<String> rejected = new ArrayList<>();
    Map<String, String> kept = BlockAttributes.inlineAttributes(node, rejected);
    HtmlAllowlist.reportRejected(diagnostics, pos(node), null, rejected, "inside a paragraph, {…} may set lang, dir and .class");
    if (kept.isEmpty() || siblings.isEmpty()) {
      return;
    }
    Inline last = siblings.remove(siblings.size() - 1);
    siblings.add(new Inline.Element("span", kept, List.of(last)));
  }

  private static Inline group(List<Inline> content) {
    return content.size() == 1 ? content.get(0) : new Inline.Element("span", Map.of(), content);
  }

  private static void stripTrailingSpace(List<Inline> content) {
    if (!content.isEmpty() && content.get(content.size() - 1) instanceof Inline.Text t) {
      String stripped = t.text().stripTrailing();
      content.set(content.size() - 1, new Inline.Text(stripped));
      if (stripped.isEmpty()) {
        content.remove(content.size() - 1);
      }
    }
  }

  private static Map<String, String> attributes(String source) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(source);
    while (m.find()) {
      String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : "";
      out.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), org.jsoup.parser.Parser.unescapeEntities(value, true));
    }
    return out;
  }

  private static List<Node> children(Node node) {
    List<Node> list = new ArrayList<>();
    node.getChildren().forEach(list::add);
    return list;
  }

  private SourcePos pos(Node node) {
    return md.posAt(node.getStartOffset());
  }

  private static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "…" : s;
  }

  private static final class Frame {
    final String tag;
    final Map<String, String> attributes;
    final Inline.Link link;
    final List<Inline> children = new ArrayList<>();

    Frame(String tag, Map<String, String> attributes, Inline.Link link) {
      this.tag = tag;
      this.attributes = attributes;
      this.link = link;
    }
  }
}
