package org.apparatus.cite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apparatus.model.Block;
import org.apparatus.model.BodyNode;
import org.apparatus.model.Note;
import org.apparatus.model.Page;
import org.apparatus.model.Term;
import org.apparatus.model.Text;
import org.apparatus.plan.SitePlan;
import org.apparatus.resolve.NotePlacement;
import org.apparatus.resolve.ResolvedEdition;

/**
 * Everything citable in the edition, found by {@code text#fragment}, {@code note:id}, {@code term:id}, a text's id
 * (the whole text) or {@code page:id} (a whole editorial page).
 */
public final class CitableIndex {
  private final Map<String, Citable> byName = new LinkedHashMap<>();

  public CitableIndex(ResolvedEdition resolved, SitePlan plan) {
    for (Text t : resolved.edition().texts()) {
      String path = plan.page(t.id()).path();
      byName.put(t.id(), new Citable(Citable.Kind.TEXT, t.id(), path, "", ""));
      for (Block b : t.blocks()) {
        byName.put(t.id() + "#" + b.anchor(), new Citable(Citable.Kind.BLOCK, t.id(), path, b.anchor(), b.locator()));
      }
      for (BodyNode.Stanza s : t.stanzas()) {
        byName.put(t.id() + "#" + s.anchor(), new Citable(Citable.Kind.BLOCK, t.id(), path, s.anchor(), s.locator()));
      }
    }
    for (Note n : resolved.edition().notes()) {
      NotePlacement p = resolved.notePlacements().get(n.id());
      if (p == null || !plan.has(n.textId())) {
        continue;
      }
      Citable c = new Citable(Citable.Kind.NOTE, n.textId(), plan.page(n.textId()).path(), "n-" + n.id(), "note " + p.number());
      byName.put("note:" + n.id(), c);
      byName.put(n.textId() + "#n-" + n.id(), c);
    }
    for (Page p : resolved.edition().pages()) {
      if (plan.has(p.id())) {
        Citable c = new Citable(Citable.Kind.PAGE, p.id(), plan.page(p.id()).path(), "", "");
        byName.put("page:" + p.id(), c);
        byName.putIfAbsent(p.id(), c);
      }
    }
    if (plan.has("glossary")) {
      String path = plan.page("glossary").path();
      for (Term t : resolved.edition().terms()) {
        Citable c = new Citable(Citable.Kind.TERM, "glossary", path, "term-" + t.id(), "s.v. “" + t.term() + "”");
        byName.put("term:" + t.id(), c);
        byName.put("glossary#term-" + t.id(), c);
      }
    }
  }

  public Optional<Citable> find(String name) {
    return Optional.ofNullable(byName.get(name.strip()));
  }

  /** The URL a citation gives: absolute under the base URL, else relative to the site root. */
  public static String url(String baseUrl, Citable c) {
    String page = baseUrl.isEmpty() ? c.pagePath() : SitePlan.publicUrl(baseUrl, c.pagePath());
    return c.fragment().isEmpty() ? page : page + "#" + c.fragment();
  }
}
