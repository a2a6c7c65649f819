package org.apparatus.parse;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edition's own inline syntax: cross-references {@code [[...]]} and Pandoc citations
 * {@code [@key]}. They render as placeholder elements ({@code x-xref}, {@code x-cite}) carrying
 * the node's offset; the render stage replaces them with resolved links.
 */
public final class ApparatusSyntax implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  public static final String XREF_TAG = "x-xref";
  public static final String CITE_TAG = "x-cite";
  public static final String OFFSET_ATTR = "data-offset";

  private static final Pattern CITE_ITEM =
      Pattern.compile("^\\s*(-?)@([A-Za-z0-9_][A-Za-z0-9_:.#$%&+?<>~/-]*?)\\s*(?:,\\s*(.+?))?\\s*$");

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.customInlineParserExtensionFactory(new Factory());
  }

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(options -> new Renderer());
  }

  private static final class Factory implements InlineParserExtensionFactory {
    @Override
    public CharSequence getCharacters() {
      return "[";
    }

    @Override
    public InlineParserExtension apply(LightInlineParser inlineParser) {
      return new Inline();
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }
  }

  private static final class Inline implements InlineParserExtension {
    @Override
    public void finalizeDocument(InlineParser inlineParser) {}

    @Override
    public void finalizeBlock(InlineParser inlineParser) {}

    @Override
    public boolean parse(LightInlineParser parser) {
      BasedSequence input = parser.getInput();
      int start = parser.getIndex();
      if (input.safeCharAt(start + 1) == '[') {
        int close = input.indexOf("]]", start + 2);
        int newline = input.indexOf('\n', start + 2);
        if (close < 0 || (newline >= 0 && newline < close)) {
          return false;
        }
        String inner = input.subSequence(start + 2, close).toString();
        if (inner.isBlank() || inner.contains("[")) {
          return false;
        }
        int bar = inner.indexOf('|');
        String target = (bar < 0 ? inner : inner.substring(0, bar)).strip();
        String label = bar < 0 ? "" : inner.substring(bar + 1).strip();
        parser.flushTextNode();
        parser.getBlock().appendChild(new CrossRefNode(input.subSequence(start, close + 2), target, label));
        parser.setIndex(close + 2);
        return true;
      }
      char next = input.safeCharAt(start + 1);
      if (next != '@' && !(next == '-' && input.safeCharAt(start + 2) == '@')) {
        return false;
      }
      int close = input.indexOf(']', start + 1);
      if (close < 0) {
        return false;
      }
      String inner = input.subSequence(start + 1, close).toString();
      List<CitationNode.Item> items = new ArrayList<>();
      int partOffset = start + 1;
      for (String part : inner.split(";", -1)) {
        Matcher m = CITE_ITEM.matcher(part);
        if (!m.matches()) {
          return false;
        }
        int at = partOffset + part.indexOf('@') + 1;
        items.add(new CitationNode.Item(m.group(2), m.group(3) == null ? "" : m.group(3), !m.group(1).isEmpty(), at));
        partOffset += part.length() + 1;
      }
      parser.flushTextNode();
      parser.getBlock().appendChild(new CitationNode(input.subSequence(start, close + 1), items));
      parser.setIndex(close + 1);
      return true;
    }
  }

  private static final class Renderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(CrossRefNode.class, (node, context, html) ->
              html.raw("<" + XREF_TAG + " " + OFFSET_ATTR + "=\"" + node.getStartOffset() + "\"></" + XREF_TAG + ">")),
          new NodeRenderingHandler<>(CitationNode.class, (node, context, html) ->
              html.raw("<" + CITE_TAG + " " + OFFSET_ATTR + "=\"" + node.getStartOffset() + "\"></" + CITE_TAG + ">")));
    }
  }
}
