package org.apparatus.resolve;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.DidYouMean;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.model.BibEntry;
import org.apparatus.model.Block;
import org.apparatus.model.BlockKind;
import org.apparatus.model.BodyNode;
import org.apparatus.model.Edition;
import org.apparatus.model.GlossaryLinking;
import org.apparatus.model.Markdown;
import org.apparatus.model.NodeKey;
import org.apparatus.model.Note;
import org.apparatus.model.NoteKind;
import org.apparatus.model.Page;
import org.apparatus.model.Term;
import org.apparatus.model.Text;
import org.apparatus.model.Variant;
import org.apparatus.model.Witness;
import org.apparatus.parse.CitationNode;
import org.apparatus.parse.CrossRefNode;

/** Resolves every reference of the edition in one pass and reports each one that fails. */
public final class Resolver {
  /** Pages the generator makes itself; they can be cross-referenced like editorial pages. */
  public static final List<String> BUILT_IN_PAGES = List.of("glossary", "references", "fact-checks");

  private final Diagnostics diagnostics;
  /** Keys declared in .bib files that failed to parse: their syntax error is the one report. */
  private Set<String> unreadableKeys = Set.of();

  public Resolver(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public ResolvedEdition resolve(Edition edition) {
    unreadableKeys = edition.unreadableReferences();
    Map<String, NotePlacement> notePlacements = placeNotes(edition);
    Map<String, VariantPlacement> variantPlacements = new VariantResolver(diagnostics).place(edition);
    Map<String, List<NotePlacement>> placements = byBlock(notePlacements.values());
    Map<String, Target> targets = targets(edition, notePlacements);
    Map<String, List<AuthorDateLinker.CitationHit>> textCitations = new LinkedHashMap<>();
    edition.texts().forEach(t -> textCitations.putAll(AuthorDateLinker.link(t)));
    Map<String, List<TermHit>> termHits = linkTerms(edition, placements, textCitations);

    Map<NodeKey, Target> xrefs = new HashMap<>();
    Map<String, List<Backlink>> backlinks = new TreeMap<>();
    Map<String, List<Origin>> citedBy = new TreeMap<>();
    Set<String> bibKeys = new HashSet<>();
    edition.references().forEach(r -> bibKeys.add(r.key()));

    for (Note note : edition.notes()) {
      Origin origin = new Origin(Origin.Kind.NOTE, note.id(), note.textId(), "n-" + note.id(),
          targets.containsKey("note:" + note.id()) ? targets.get("note:" + note.id()).label() : note.id());
      int citations = scan(note.body(), origin, targets, bibKeys, xrefs, backlinks, citedBy);
      if (note.kind() == NoteKind.FACT_CHECK && note.verdict().map(v -> v.needsSource()).orElse(false) && citations == 0) {
        diagnostics.error(Code.FACT_CHECK_WITHOUT_SOURCE, note.pos(),
            "fact-check with verdict `" + note.verdict().get().key() + "` cites no source",
            "cite at least one reference-list entry, e.g. `[@key]`; if nothing could be found, the verdict is `unverified`");
      }
    }
    for (Variant variant : edition.variants()) {
      VariantPlacement p = variantPlacements.get(variant.id());
      String label = "apparatus" + (p == null ? "" : ", " + p.locator() + " " + p.lemma());
      Origin origin = new Origin(Origin.Kind.VARIANT, variant.id(), variant.textId(), variant.entryAnchor(), label);
      scan(variant.comment(), origin, targets, bibKeys, xrefs, backlinks, citedBy);
    }
    for (Text text : edition.texts()) {
      Origin origin = new Origin(Origin.Kind.VARIANT, "", text.id(), "witnesses", "witnesses of " + text.title());
      for (Witness w : text.witnesses()) {
        w.reference().ifPresent(key -> {
          if (bibKeys.contains(key)) {
            addCitation(citedBy, key, origin);
          } else if (!unreadableKeys.contains(key)) {
            diagnostics.error(Code.UNKNOWN_CITATION, w.pos(), "witness `" + w.siglum() + "` refers to unknown reference `" + key + "`",
                DidYouMean.hint(key, bibKeys, "give `reference:` the key of an entry in a .bib file in content/references/, or remove it"));
          }
        });
      }
    }
    for (Term term : edition.terms()) {
      Origin origin = new Origin(Origin.Kind.TERM, term.id(), "glossary", "term-" + term.id(), term.term());
      scan(term.definition(), origin, targets, bibKeys, xrefs, backlinks, citedBy);
    }
    for (Page page : edition.pages()) {
      Origin origin = new Origin(Origin.Kind.PAGE, page.id(), page.id(), "", page.title());
      scan(page.body(), origin, targets, bibKeys, xrefs, backlinks, citedBy);
    }

    Map<String, List<TermHit>> termOccurrences = new TreeMap<>();
    termHits.values().forEach(hits -> hits.forEach(h -> termOccurrences.computeIfAbsent(h.termId(), k -> new ArrayList<>()).add(h)));
    reportUnused(edition, termOccurrences, backlinks, citedBy);
    return new ResolvedEdition(edition, placements, notePlacements, termHits, Map.copyOf(xrefs), backlinks, citedBy,
        termOccurrences, targets, textCitations, variantPlacements);
  }

  private Map<String, NotePlacement> placeNotes(Edition edition) {
    record Found(Note note, QuoteSearch.Match match) {}
    List<Found> found = new ArrayList<>();
    for (Note note : edition.notes()) {
      Text text = edition.text(note.textId()).orElse(null);
      if (text == null) {
        List<String> ids = edition.texts().stream().map(Text::id).toList();
        diagnostics.error(Code.UNKNOWN_TEXT, note.pos(), "note belongs to unknown text `" + note.textId() + "`",
            DidYouMean.hint(note.textId(), ids, "put the note under content/notes/<text-id>/ for one of: " + String.join(", ", ids)));
        continue;
      }
      QuoteSearch.find(text, new QuoteSearch.Request("quote", note.quote(), note.occurrence(), note.line(), note.paragraph(),
          note.quotePos(), note.anchorPos(), true), diagnostics).ifPresent(m -> found.add(new Found(note, m)));
    }
    found.sort(Comparator.comparing((Found f) -> f.note().textId())
        .thenComparingInt(f -> f.match().blockIndex())
        .thenComparingInt(f -> f.match().span().end())
        .thenComparingInt(f -> f.match().span().start())
        .thenComparing(f -> f.note().id()));
    Map<String, NotePlacement> result = new LinkedHashMap<>();
    Map<String, Integer> counters = new HashMap<>();
    for (Found f : found) {
      int n = counters.merge(f.note().textId(), 1, Integer::sum);
      NotePlacement.Segment first = f.match().first();
      result.put(f.note().id(), new NotePlacement(f.note().id(), f.note().textId(), first.anchor(), first.start(), first.end(), n,
          f.match().segments()));
    }
    return result;
  }

  private static Map<String, List<NotePlacement>> byBlock(java.util.Collection<NotePlacement> placements) {
    Map<String, List<NotePlacement>> map = new LinkedHashMap<>();
    for (NotePlacement p : placements) {
      for (String anchor : p.segments().stream().map(NotePlacement.Segment::anchor).distinct().toList()) {
        map.computeIfAbsent(p.textId() + "#" + anchor, k -> new ArrayList<>()).add(p);
      }
    }
    return map;
  }

  private static Map<String, Target> targets(Edition edition, Map<String, NotePlacement> placements) {
    Map<String, Target> targets = new HashMap<>();
    for (Text text : edition.texts()) {
      String shortName = text.shortName();
      targets.put(text.id(), new Target(Target.Kind.TEXT, text.id(), "", text.title()));
      for (Block b : text.blocks()) {
        targets.put(text.id() + "#" + b.anchor(), new Target(Target.Kind.BLOCK, text.id(), b.anchor(), shortName + " " + b.locator()));
      }
      for (BodyNode.Stanza s : text.stanzas()) {
        targets.put(text.id() + "#" + s.anchor(), new Target(Target.Kind.BLOCK, text.id(), s.anchor(), shortName + " " + s.locator()));
      }
    }
    for (Note note : edition.notes()) {
      NotePlacement p = placements.get(note.id());
      String label = p == null ? "note " + note.id() : "note " + p.number() + " ("
          + edition.text(note.textId()).map(Text::shortName).orElse("") + ")";
      targets.put("note:" + note.id(), new Target(Target.Kind.NOTE, note.textId(), "n-" + note.id(), label));
    }
    for (Term term : edition.terms()) {
      targets.put("term:" + term.id(), new Target(Target.Kind.TERM, "glossary", "term-" + term.id(), term.term()));
    }
    for (BibEntry entry : edition.references()) {
      String title = entry.item().getTitle() == null ? entry.key() : entry.item().getTitle();
      targets.put("ref:" + entry.key(), new Target(Target.Kind.REFERENCE, "references", "ref-" + entry.key(), title));
    }
    for (Page page : edition.pages()) {
      targets.put("page:" + page.id(), new Target(Target.Kind.PAGE, page.id(), "", page.title()));
    }
    targets.putIfAbsent("page:glossary", new Target(Target.Kind.PAGE, "glossary", "", "Glossary"));
    targets.putIfAbsent("page:references", new Target(Target.Kind.PAGE, "references", "", "References"));
    targets.putIfAbsent("page:fact-checks", new Target(Target.Kind.PAGE, "fact-checks", "", "Fact-checks"));
    targets.putIfAbsent("page:changes", new Target(Target.Kind.PAGE, "changes", "", "Changes and errata"));
    return targets;
  }

  /** Resolves the cross-references and citations of one Markdown body; returns its citation count. */
  private int scan(Markdown md, Origin origin, Map<String, Target> targets, Set<String> bibKeys,
      Map<NodeKey, Target> xrefs, Map<String, List<Backlink>> backlinks, Map<String, List<Origin>> citedBy) {
    int citations = 0;
    for (Node node : md.document().getDescendants()) {
      if (node instanceof CrossRefNode x) {
        Target target = targets.get(x.target());
        if (target == null) {
          reportUnknownTarget(md, x, targets);
          continue;
        }
        xrefs.put(md.keyAt(x.getStartOffset()), target);
        List<Backlink> list = backlinks.computeIfAbsent(target.key(), k -> new ArrayList<>());
        if (list.stream().noneMatch(b -> b.from().equals(origin))) {
          list.add(new Backlink(origin));
        }
        if (target.kind() == Target.Kind.REFERENCE) {
          addCitation(citedBy, target.key().substring("ref:".length()), origin);
        }
      } else if (node instanceof CitationNode c) {
        for (CitationNode.Item item : c.items()) {
          if (!bibKeys.contains(item.key())) {
            if (unreadableKeys.contains(item.key())) {
              citations++; // its entry has a syntax error, reported where it is; the citation itself is fine
              continue;
            }
            diagnostics.error(Code.UNKNOWN_CITATION, md.posAt(item.offset()), "unknown citation key `" + item.key() + "`",
                DidYouMean.hint(item.key(), bibKeys, "add an entry with this key to a .bib file in content/references/, or fix the key"));
            continue;
          }
          citations++;
          addCitation(citedBy, item.key(), origin);
        }
      }
    }
    return citations;
  }

  private static void addCitation(Map<String, List<Origin>> citedBy, String key, Origin origin) {
    List<Origin> list = citedBy.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(origin)) {
      list.add(origin);
    }
  }

  private void reportUnknownTarget(Markdown md, CrossRefNode x, Map<String, Target> targets) {
    String t = x.target();
    var pos = md.posAt(x.getStartOffset());
    if (t.startsWith("term:")) {
      diagnostics.error(Code.UNKNOWN_TERM, pos, "unknown glossary term `" + t.substring(5) + "`",
          DidYouMean.hint(t.substring(5), idsOf(targets, "term:"), "create content/glossary/" + t.substring(5) + ".md or fix the id"));
    } else if (t.startsWith("note:") || t.startsWith("ref:") || t.startsWith("page:")) {
      String prefix = t.substring(0, t.indexOf(':') + 1);
      String id = t.substring(prefix.length());
      diagnostics.error(Code.UNKNOWN_TARGET, pos, "cross-reference to unknown " + t.substring(0, t.indexOf(':')) + " `" + id + "`",
          DidYouMean.hint(id, idsOf(targets, prefix), "check the id; notes are named by their file name, references by their BibTeX key"));
    } else if (t.contains("#") && targets.containsKey(t.substring(0, t.indexOf('#')))) {
      String text = t.substring(0, t.indexOf('#'));
      String anchor = t.substring(t.indexOf('#') + 1);
      List<String> anchors = idsOf(targets, text + "#");
      diagnostics.error(Code.UNKNOWN_ANCHOR, pos, "text `" + text + "` has no anchor `" + anchor + "`",
          DidYouMean.hint(anchor, anchors, "use a locator shown on the text's page (each locator links to its anchor)"));
    } else {
      String text = t.contains("#") ? t.substring(0, t.indexOf('#')) : t;
      List<String> texts = targets.entrySet().stream().filter(e -> e.getValue().kind() == Target.Kind.TEXT).map(Map.Entry::getKey)
          .sorted().toList();
      diagnostics.error(Code.UNKNOWN_TEXT, pos, "cross-reference to unknown text `" + text + "`",
          DidYouMean.hint(text, texts, "write `[[text-id#anchor]]`, `[[note:id]]`, `[[term:id]]`, `[[ref:key]]` or `[[page:id]]`"));
    }
  }

  /** The ids after {@code prefix} among the targets, sorted. */
  private static List<String> idsOf(Map<String, Target> targets, String prefix) {
    return targets.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length())).sorted().toList();
  }

  private Map<String, List<TermHit>> linkTerms(Edition edition, Map<String, List<NotePlacement>> placements,
      Map<String, List<AuthorDateLinker.CitationHit>> textCitations) {
    GlossaryLinking mode = edition.meta().glossaryLinking();
    Map<String, List<TermHit>> hits = new LinkedHashMap<>();
    if (mode == GlossaryLinking.NONE) {
      return hits;
    }
    Map<Term, List<String>> spellings = new java.util.IdentityHashMap<>();
    Map<Term, WordTokens.FirstWords> firstWords = new java.util.IdentityHashMap<>();
    edition.terms().forEach(t -> {
      spellings.put(t, t.spellings());
      firstWords.put(t, WordTokens.firstWords(t.spellings()));
    });
    for (Text text : edition.texts()) {
      Set<String> linkedInScope = new HashSet<>();
      String scope = "";
      for (Block block : text.blocks()) {
        if (block.kind() == BlockKind.HEADING) {
          if (mode == GlossaryLinking.FIRST_PER_SECTION) {
            linkedInScope.clear();
          }
          continue;
        }
        List<QuoteMatcher.Span> taken = new ArrayList<>();
        placements.getOrDefault(text.id() + "#" + block.anchor(), List.of()).stream()
            .flatMap(p -> p.segments().stream()).filter(g -> g.anchor().equals(block.anchor()))
            .forEach(g -> taken.add(new QuoteMatcher.Span(g.start(), g.end())));
        taken.addAll(LinkRanges.of(block.content()));
        textCitations.getOrDefault(text.id() + "#" + block.anchor(), List.of())
            .forEach(c -> taken.add(new QuoteMatcher.Span(c.start(), c.end())));
        List<TermHit> blockHits = new ArrayList<>();
        Set<String> words = WordTokens.of(block.text());
        for (Term term : edition.terms()) {
          if (mode != GlossaryLinking.ALL && linkedInScope.contains(term.id())) {
            continue;
          }
          if (!firstWords.get(term).mayOccurIn(words)) {
            continue;
          }
          QuoteMatcher.Span first = firstFree(block.text(), spellings.get(term), taken);
          if (first != null) {
            taken.add(first);
            linkedInScope.add(term.id());
            blockHits.add(new TermHit(term.id(), text.id(), block.anchor(), first.start(), first.end(), block.locator()));
          }
        }
        if (!blockHits.isEmpty()) {
          blockHits.sort(Comparator.comparingInt(TermHit::start));
          hits.put(text.id() + "#" + block.anchor(), blockHits);
        }
      }
    }
    return hits;
  }

  private static QuoteMatcher.Span firstFree(String text, List<String> spellings, List<QuoteMatcher.Span> taken) {
    QuoteMatcher.Span best = null;
    for (String spelling : spellings) {
      int from = 0;
      while (true) {
        int i = text.indexOf(spelling, from);
        if (i < 0) {
          break;
        }
        QuoteMatcher.Span span = new QuoteMatcher.Span(i, i + spelling.length());
        from = i + 1;
        if (QuoteMatcher.isWholeWord(text, span.start(), span.end()) && taken.stream().noneMatch(span::overlaps)) {
          if (best == null || span.start() < best.start()) {
            best = span;
          }
          break;
        }
      }
    }
    return best;
  }

  private void reportUnused(Edition edition, Map<String, List<TermHit>> termOccurrences,
      Map<String, List<Backlink>> backlinks, Map<String, List<Origin>> citedBy) {
    for (Term term : edition.terms()) {
      if (!termOccurrences.containsKey(term.id()) && !backlinks.containsKey("term:" + term.id())) {
        diagnostics.warning(Code.UNUSED_TERM, term.pos(), "glossary term `" + term.id() + "` occurs in no text and is never cross-referenced",
            "add the spelling the texts use to `aliases:`, refer to it with [[term:" + term.id() + "]], or remove it");
      }
    }
    for (BibEntry entry : edition.references()) {
      if (!citedBy.containsKey(entry.key())) {
        diagnostics.warning(Code.UNUSED_REFERENCE, entry.pos(), "reference `" + entry.key() + "` is never cited",
            "cite it with [@" + entry.key() + "] where it supports a statement, or remove the entry");
      }
    }
  }
}
