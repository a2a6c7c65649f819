package org.apparatus.parse;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.apparatus.cache.Generations;
import org.apparatus.load.FrontMatter;
import org.apparatus.load.SourceFile;
import org.apparatus.model.Markdown;

/**
 * Flexmark configured for the edition: CommonMark, GFM tables (with captions) and strikethrough, footnotes,
 * {@code {#id}} attributes and the
 * apparatus syntax. No typographic replacement: the texts keep their own quotes and dashes.
 */
public final class MarkdownParser {
  private final Parser parser;
  private final HtmlRenderer renderer;
  private final boolean remembers;
  /** The trees of the bodies parsed in the previous build and in this one, by body text; empty unless remembering. */
  private final Generations<String, Document> trees = new Generations<>();

  public MarkdownParser() {
    this(false);
  }

  /**
   * A parser for a series of builds that gives an unchanged body the tree it gave in the previous build:
   * a tree depends only on the body's text, and nothing changes a tree once parsed.
   */
  public static MarkdownParser remembering() {
    return new MarkdownParser(true);
  }

  private MarkdownParser(boolean remembers) {
    this.remembers = remembers;
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(AttributesExtension.create(), TablesExtension.create(), FootnoteExtension.create(),
        StrikethroughExtension.create(), new ApparatusSyntax()));
    options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
    options.set(HtmlRenderer.RENDER_HEADER_ID, false);
    options.set(HtmlRenderer.SOFT_BREAK, " ");
    options.set(AttributesExtension.ASSIGN_TEXT_ATTRIBUTES, false);
    options.set(TablesExtension.WITH_CAPTION, true);
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
  }

  public Markdown parse(SourceFile file, FrontMatter frontMatter) {
    String body = file.content().substring(frontMatter.bodyOffset());
    if (NestingLimit.check(body).isPresent()) {
      // reported where the file is read; flexmark would overflow the stack on it
      body = "";
    }
    return new Markdown(file, frontMatter.bodyOffset(), tree(body));
  }

  private Document tree(String body) {
    if (!remembers) {
      return parser.parse(body);
    }
    return trees.computeIfAbsent(body, parser::parse);
  }

  /** Starts the next build of a series: only the trees the last build used are kept. */
  public void nextBuild() {
    trees.nextBuild();
  }

  public String render(Node node) {
    return renderer.render(node);
  }
}
