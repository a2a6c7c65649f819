package org.apparatus.render;

import java.util.List;
import org.apparatus.model.Note;
import org.apparatus.plan.SitePlan;
import org.apparatus.resolve.Backlink;
import org.apparatus.resolve.NotePlacement;
import org.apparatus.resolve.ResolvedEdition;
import org.jsoup.nodes.Element;

/** The markup of one editors' note beside its words: toggle, marker and body, and "Referred to from" links. */
final class NoteMarkup {
  private final ResolvedEdition resolved;
  private final SitePlan plan;
  private final MarkdownRenderer markdown;

  NoteMarkup(ResolvedEdition resolved, SitePlan plan, MarkdownRenderer markdown) {
    this.resolved = resolved;
    this.plan = plan;
    this.markdown = markdown;
  }

  /**
   * Toggle, marker and note body, readable without JavaScript. The checkbox holds whether the note is open: in the
   * margin a note shows a one- or two-line entry until it is opened; on narrow screens it is hidden until then.
   * Both the marker and the note's head are labels of the checkbox, so either opens the note.
   */
  List<Element> sidenote(Note note, NotePlacement p, String path) {
    String toggleId = "t-" + note.id();
    String kind = note.kind().label() + note.verdict().map(v -> ", " + v.label()).orElse("");
    Element toggle = new Element("input").attr("type", "checkbox").id(toggleId).addClass("nt")
        .attr("aria-label", "Show note " + p.number() + " (" + kind + ")");
    // The zero-width space keeps the number out of the quote's last word ("Baku" not "Baku16"), so that a
    // text fragment can end at the quote: browsers only match text fragments at word boundaries.
    Element marker = new Element("label").attr("for", toggleId).addClass("mk").addClass("mk-" + note.kind().key())
        .attr("aria-hidden", "true").text("\u200B" + p.number());
    Element body = new Element("span").addClass("sn").addClass("note").addClass("k-" + note.kind().key())
        .id("n-" + note.id()).attr("role", "note").attr("aria-label", note.kind().label() + " " + p.number());
    note.verdict().ifPresent(v -> {
      marker.addClass("v-" + v.key());
      body.addClass("v-" + v.key());
    });
    Element head = body.appendElement("span").addClass("nh");
    head.appendElement("a").addClass("nn").attr("href", "#n-" + note.id()).text(String.valueOf(p.number()));
    head.appendText(" ");
    Element label = head.appendElement("label").attr("for", toggleId).addClass("nl");
    label.appendElement("span").addClass("nk").text(note.kind().label());
    note.verdict().ifPresent(v -> {
      label.appendText(" ");
      label.appendElement("span").addClass("badge").addClass("v-" + v.key()).text(v.label());
    });
    if (note.verdict().isPresent() && !note.claim().equals(note.quote())) {
      body.appendElement("span").addClass("claim").text("Claim: " + note.claim());
    }
    Element content = markdown.renderInline(note.body(), path);
    Element nb = body.appendElement("span").addClass("nb");
    for (org.jsoup.nodes.Node n : new java.util.ArrayList<>(content.childNodes())) {
      nb.appendChild(n);
    }
    if (note.verdict().isPresent()) {
      body.appendElement("span").addClass("meta").text("Checked " + note.checked());
    }
    List<Backlink> back = resolved.backlinksOf("note:" + note.id());
    if (!back.isEmpty()) {
      Element refs = body.appendElement("span").addClass("backlinks").text("Referred to from ");
      appendBacklinks(refs, back, path);
    }
    return List.of(toggle, marker, body);
  }

  void appendBacklinks(Element into, List<Backlink> back, String path) {
    List<Backlink> shown = back.stream().filter(b -> plan.has(b.from().owner())).toList();
    for (int i = 0; i < shown.size(); i++) {
      if (i > 0) {
        into.appendText(", ");
      }
      var o = shown.get(i).from();
      into.appendElement("a").attr("href", plan.href(path, o.owner(), o.fragment())).text(o.label());
    }
  }
}
