package org.apparatus.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.load.SourceFile;
import org.apparatus.model.Block;
import org.apparatus.model.Edition;
import org.apparatus.model.Markdown;
import org.apparatus.plan.SitePlan;
import org.apparatus.plan.SitePlan.PlannedPage;
import org.apparatus.site.StageContext;
import org.jsoup.nodes.Element;

/**
 * Finds the source of an element from the content that the page shows: the element's nearest ancestor
 * with an id names a block of a text, a note, a glossary term or a reference; an editorial page's article
 * is its Markdown body. Within that source the faulty text is looked up as written (a URL typed into a
 * link), else the problem is placed at the start of that source. An element outside any content came
 * from the page's template; the frame around {@code main} from the layout.
 */
final class ContentOrigins implements ElementOrigins {
  private static final String LAYOUT = "layout.ftlh";
  private final Edition edition;
  private final Map<String, PlannedPage> pages = new HashMap<>();
  private final Map<String, SourceFile> files = new HashMap<>();
  private final String templates;
  private final Path templatesDir;
  private final Map<String, SourceFile> templateFiles = new HashMap<>();

  ContentOrigins(StageContext context) {
    this.edition = context.resolved().edition();
    this.templates = context.templatesPath();
    this.templatesDir = context.templates();
    SitePlan plan = context.plan();
    plan.all().forEach(p -> pages.put(p.path(), p));
    context.loader().loaded().forEach(f -> files.put(f.path(), f));
  }

  @Override
  public SourcePos of(String page, Element element, String literal) {
    PlannedPage planned = pages.get(page);
    if (planned == null) {
      return SITE_FILE.of(page, element, literal);
    }
    for (Element e = element; e != null; e = e.parent()) {
      Optional<SourcePos> found = content(planned, e, literal);
      if (found.isPresent()) {
        return found.get();
      }
    }
    String own = template(planned);
    List<String> candidates = element.closest("main") == null ? List.of(LAYOUT, own) : List.of(own, LAYOUT);
    return inTemplates(candidates, literal);
  }

  /**
   * The literal in the first template that writes it out as it stands, else the start of the first
   * template: the page's own inside {@code main}, the layout around it.
   */
  private SourcePos inTemplates(List<String> names, String literal) {
    for (String name : names) {
      SourceFile file = template(name);
      int at = literal.isEmpty() ? -1 : file.content().indexOf(literal);
      if (at >= 0) {
        return file.posAt(at);
      }
    }
    return template(names.get(0)).start();
  }

  private SourceFile template(String name) {
    return templateFiles.computeIfAbsent(name, n -> {
      try {
        return new SourceFile(templates + "/" + n, Files.readString(templatesDir.resolve(n)));
      } catch (IOException | RuntimeException e) {
        return new SourceFile(templates + "/" + n, "");
      }
    });
  }

  private Optional<SourcePos> content(PlannedPage page, Element e, String literal) {
    String id = e.id();
    switch (page.kind()) {
      case TEXT -> {
        if (id.startsWith("n-")) {
          return edition.note(id.substring("n-".length())).filter(n -> n.textId().equals(page.id()))
              .map(n -> within(n.body(), literal));
        }
        return edition.text(page.id()).flatMap(t -> t.blocks().stream().filter(b -> b.anchor().equals(id)).findFirst())
            .map(b -> within(b, literal));
      }
      case GLOSSARY -> {
        return edition.terms().stream().filter(t -> id.equals("term-" + t.id())).findFirst().map(t -> within(t.definition(), literal));
      }
      case REFERENCES -> {
        return edition.references().stream().filter(r -> id.equals("ref-" + r.key())).findFirst().map(r -> r.pos());
      }
      case PAGE -> {
        if (e.tagName().equals("article") && e.hasClass("editorial")) {
          return edition.pages().stream().filter(p -> p.id().equals(page.id())).findFirst().map(p -> within(p.body(), literal));
        }
        return Optional.empty();
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /** The literal inside a Markdown body, or the body's start. */
  private static SourcePos within(Markdown body, String literal) {
    String source = body.file().content();
    int end = Math.min(source.length(), body.bodyOffset() + body.document().getChars().length());
    int at = literal.isEmpty() ? -1 : source.indexOf(literal, body.bodyOffset());
    return body.file().posAt(at >= 0 && at < end ? at : body.bodyOffset());
  }

  /** The literal inside a block of a text (up to the blank line that ends it), or the block's start. */
  private SourcePos within(Block block, String literal) {
    SourceFile file = files.get(block.pos().path());
    if (file == null || literal.isEmpty()) {
      return block.pos();
    }
    int start = file.offsetOf(block.pos());
    int blank = file.content().indexOf("\n\n", start);
    int end = blank < 0 ? file.content().length() : blank;
    int at = file.content().indexOf(literal, start);
    return at >= 0 && at < end ? file.posAt(at) : block.pos();
  }

  private static String template(PlannedPage page) {
    return switch (page.kind()) {
      case HOME -> "home.ftlh";
      case TEXT -> "text.ftlh";
      case PAGE -> "page.ftlh";
      case GLOSSARY -> "glossary.ftlh";
      case REFERENCES -> "references.ftlh";
      case FACT_CHECKS -> "fact-checks.ftlh";
      case SEARCH -> "search.ftlh";
      case CHANGES -> "changes.ftlh";
    };
  }
}
