package org.apparatus.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apparatus.model.Block;
import org.apparatus.model.BlockKind;
import org.apparatus.model.Note;
import org.apparatus.model.Term;
import org.apparatus.model.Text;
import org.apparatus.plan.SitePlan;
import org.apparatus.resolve.Backlink;
import org.apparatus.resolve.NotePlacement;
import org.apparatus.resolve.ResolvedEdition;
import org.apparatus.resolve.TermHit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Renders a primary text's blocks with their apparatus: highlighted quotes, numbered notes, term links. */
final class TextRenderer {
  private final ResolvedEdition resolved;
  private final SitePlan plan;
  private final MarkdownRenderer markdown;
  private final Map<String, Note> notes = new HashMap<>();
  private final Map<String, Term> terms = new HashMap<>();
  private final Map<String, String> termTips;
  private final NoteMarkup noteMarkup;

  TextRenderer(ResolvedEdition resolved, SitePlan plan, MarkdownRenderer markdown, Map<String, String> termTips) {
    this.resolved = resolved;
    this.plan = plan;
    this.markdown = markdown;
    this.termTips = termTips;
    this.noteMarkup = new NoteMarkup(resolved, plan, markdown);
    resolved.edition().notes().forEach(n -> notes.put(n.id(), n));
    resolved.edition().terms().forEach(t -> terms.put(t.id(), t));
  }

  List<Views.Block> blocks(Text text) {
    String path = plan.page(text.id()).path();
    List<Views.Block> views = new ArrayList<>();
    List<Block> blocks = text.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      Block prev = i > 0 ? blocks.get(i - 1) : null;
      Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      boolean opens = b.list() != null && (prev == null || prev.list() == null || prev.list().listIndex() != b.list().listIndex());
      boolean closes = b.list() != null && (next == null || next.list() == null || next.list().listIndex() != b.list().listIndex());
      String tag = switch (b.kind()) {
        case HEADING -> "h" + Math.min(6, Math.max(2, b.level()));
        case PARAGRAPH -> "p";
        case LIST_ITEM -> "li";
      };
      views.add(new Views.Block(b.kind().name().toLowerCase(java.util.Locale.ROOT), tag, b.anchor(), b.locator(),
          blockHtml(text, b, path) + backlinksHtml(text, b, path), opens, closes, b.list() != null && b.list().ordered(),
          b.list() == null ? 0 : b.list().number(), b.level()));
    }
    return views;
  }

  /** "Referred to from ..." after a block that notes, terms or pages cross-reference. */
  private String backlinksHtml(Text text, Block block, String path) {
    List<Backlink> back = resolved.backlinksOf(text.id() + "#" + block.anchor());
    if (back.isEmpty()) {
      return "";
    }
    Element refs = new Element("span").addClass("block-backlinks").text("Referred to from ");
    noteMarkup.appendBacklinks(refs, back, path);
    return " " + refs.outerHtml();
  }

  List<Views.Toc> toc(Text text) {
    return text.blocks().stream().filter(b -> b.kind() == BlockKind.HEADING)
        .map(b -> new Views.Toc(b.anchor(), Jsoup.parseBodyFragment(b.html()).text(), b.level())).toList();
  }

  private String blockHtml(Text text, Block block, String path) {
    List<NotePlacement> placements = resolved.placementsOf(text.id(), block.anchor());
    List<TermHit> hits = resolved.termHitsOf(text.id(), block.anchor());
    var citations = resolved.textCitationsOf(text.id(), block.anchor());
    if (placements.isEmpty() && hits.isEmpty() && citations.isEmpty()) {
      return block.html();
    }
    Element root = Jsoup.parseBodyFragment(block.html()).body();
    Map<NotePlacement, Element> lastWrapper = new HashMap<>();
    for (NotePlacement p : placements) {
      Note note = notes.get(p.noteId());
      List<Element> wrappers = RangeWrapper.wrap(root, p.start(), p.end(), () -> new Element("span")
          .addClass("q").addClass("q-" + note.kind().key()).attr("data-note", "n-" + note.id()));
      if (!wrappers.isEmpty()) {
        lastWrapper.put(p, wrappers.get(wrappers.size() - 1));
      }
    }
    for (var c : citations) {
      RangeWrapper.wrap(root, c.start(), c.end(), () -> new Element("a").addClass("own-cite")
          .attr("href", "#" + c.entryAnchor()).attr("title", "Reference list: " + c.entryLocator()));
    }
    List<Element> termLinks = new ArrayList<>();
    for (TermHit h : hits) {
      Term term = terms.get(h.termId());
      List<Element> links = RangeWrapper.wrap(root, h.start(), h.end(), () -> new Element("a").addClass("term")
          .attr("href", plan.href(path, "glossary", "term-" + term.id()))
          .attr("data-term", term.id())
          .attr("aria-describedby", "tip-" + block.anchor() + "-" + term.id()));
      if (!links.isEmpty()) {
        Element last = links.get(links.size() - 1);
        last.after(new Element("span").addClass("tip").attr("role", "tooltip")
            .id("tip-" + block.anchor() + "-" + term.id())
            .text(term.term() + ": " + termTips.getOrDefault(term.id(), "")));
        termLinks.addAll(links);
      }
    }
    List<NotePlacement> ordered = new ArrayList<>(placements);
    ordered.sort(Comparator.comparingInt(NotePlacement::number).reversed());
    for (NotePlacement p : ordered) {
      Element anchorEl = lastWrapper.get(p);
      if (anchorEl == null) {
        continue;
      }
      Element after = anchorEl;
      for (Element part : noteMarkup.sidenote(notes.get(p.noteId()), p, path)) {
        after.after(part);
        after = part;
      }
    }
    return root.html();
  }
}
