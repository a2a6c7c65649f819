package org.apparatus.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.DidYouMean;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.model.Block;
import org.apparatus.model.BlockKind;
import org.apparatus.model.Edition;
import org.apparatus.model.Reading;
import org.apparatus.model.Text;
import org.apparatus.model.Variant;
import org.apparatus.model.Witness;

/**
 * Places each variant entry's lemma in its text by quote, as notes are placed, and checks the entry against the
 * text's witnesses: every siglum declared, no reading that merely repeats the lemma, every witness cited somewhere.
 */
final class VariantResolver {
  private final Diagnostics diagnostics;
  /** Texts where a siglum was misspelt: whether a witness goes uncited is not known until that is fixed. */
  private final Set<String> textsWithUnknownSigla = new HashSet<>();

  VariantResolver(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The placement of every entry whose lemma was found, by variant id, in reading order. */
  Map<String, VariantPlacement> place(Edition edition) {
    record Found(Variant variant, int blockIndex, Block block, QuoteMatcher.Span span) {}
    List<Found> found = new ArrayList<>();
    Set<String> textsWithoutWitnesses = new HashSet<>();
    for (Variant variant : edition.variants()) {
      Text text = edition.text(variant.textId()).orElse(null);
      if (text == null) {
        List<String> ids = edition.texts().stream().map(Text::id).toList();
        diagnostics.error(Code.UNKNOWN_TEXT, variant.pos(), "variant entry belongs to unknown text `" + variant.textId() + "`",
            DidYouMean.hint(variant.textId(), ids, "put the entry under content/variants/<text-id>/ for one of: " + String.join(", ", ids)));
        continue;
      }
      if (text.witnesses().isEmpty()) {
        if (textsWithoutWitnesses.add(text.id())) {
          diagnostics.error(Code.NO_WITNESSES, text.pos(), "text `" + text.id() + "` has variant entries but declares no witnesses",
              "add `witnesses:` to the text's front matter: a list of entries with `siglum:`, `description:`, `date:` and optionally `reference:`");
        }
      } else {
        checkSigla(text, variant);
      }
      List<Block> blocks = text.blocks();
      LineField.Scope scope = LineField.scope(text, variant.line() > 0 ? Optional.of(variant.line()) : Optional.empty(),
          variant.paragraph(), variant.anchorPos(), diagnostics);
      if (scope instanceof LineField.Scope.Invalid) {
        continue;
      }
      if (scope instanceof LineField.Scope.OneBlock one) {
        String anchor = one.anchor();
        blocks = blocks.stream().filter(b -> b.anchor().equals(anchor)).toList();
        if (blocks.isEmpty()) {
          diagnostics.error(Code.UNKNOWN_ANCHOR, variant.anchorPos(), "text `" + text.id() + "` has no paragraph `" + anchor + "`",
              DidYouMean.hint(anchor, text.blocks().stream().map(Block::anchor).toList(),
                  "use an anchor the build derives; see the locators on the text's page"));
          continue;
        }
      }
      List<Found> matches = new ArrayList<>();
      for (Block block : blocks) {
        int index = text.blocks().indexOf(block);
        for (QuoteMatcher.Span span : QuoteMatcher.findAll(block.text(), variant.quote())) {
          matches.add(new Found(variant, index, block, span));
        }
      }
      String where = variant.anchor().map(a -> "`" + text.id() + "#" + a + "`").orElse("text `" + text.id() + "`");
      if (matches.isEmpty()) {
        diagnostics.error(Code.QUOTE_NOT_FOUND, variant.quotePos(), "lemma not found in " + where,
            "copy the words exactly from the reading text; quotes, dashes and spacing may differ, nothing else, and a lemma cannot cross paragraphs");
      } else if (variant.occurrence() > matches.size()) {
        diagnostics.error(Code.QUOTE_NOT_FOUND, variant.quotePos(), "lemma occurs " + matches.size() + " time(s) in " + where
            + ", but `occurrence: " + variant.occurrence() + "` was asked for", "lower `occurrence:`");
      } else if (matches.size() > 1 && variant.occurrence() == 0) {
        diagnostics.error(Code.QUOTE_AMBIGUOUS, variant.quotePos(), "lemma occurs " + matches.size() + " times: in "
            + String.join(", ", matches.stream().map(m -> m.block().anchor()).distinct().toList()),
            "add `paragraph:` (or `line:`) with one of these anchors, or `occurrence:` (1-based), or quote more words");
      } else {
        Found f = matches.get(Math.max(0, variant.occurrence() - 1));
        checkReadings(variant, f.block().text().substring(f.span().start(), f.span().end()));
        found.add(f);
      }
    }
    reportUncited(edition);
    found.sort(Comparator.comparing((Found f) -> f.variant().textId())
        .thenComparingInt(Found::blockIndex)
        .thenComparingInt(f -> f.span().start())
        .thenComparingInt(f -> f.span().end())
        .thenComparing(f -> f.variant().id()));
    Map<String, VariantPlacement> result = new LinkedHashMap<>();
    Map<String, Integer> counters = new LinkedHashMap<>();
    for (Found f : found) {
      int n = counters.merge(f.variant().textId(), 1, Integer::sum);
      result.put(f.variant().id(), new VariantPlacement(f.variant().id(), f.variant().textId(), f.block().anchor(), f.block().locator(),
          f.span().start(), f.span().end(), f.block().text().substring(f.span().start(), f.span().end()), n));
    }
    return result;
  }

  private void checkSigla(Text text, Variant variant) {
    List<String> known = text.witnesses().stream().map(Witness::siglum).toList();
    for (int i = 0; i < variant.lemmaWitnesses().size(); i++) {
      checkSiglum(text, known, variant.lemmaWitnesses().get(i), variant.lemmaWitnessPositions().get(i));
    }
    for (Reading r : variant.readings()) {
      for (int i = 0; i < r.witnesses().size(); i++) {
        checkSiglum(text, known, r.witnesses().get(i), r.witnessPositions().get(i));
      }
    }
  }

  private void checkSiglum(Text text, List<String> known, String siglum, SourcePos pos) {
    if (!known.contains(siglum)) {
      textsWithUnknownSigla.add(text.id());
      diagnostics.error(Code.UNKNOWN_SIGLUM, pos, "text `" + text.id() + "` has no witness `" + siglum + "`",
          DidYouMean.hint(siglum, known, "use a siglum declared under `witnesses:` in the text's front matter: " + String.join(", ", known)));
    }
  }

  /** A substitution or transposition whose words are the lemma's own records no variant. */
  private void checkReadings(Variant variant, String lemma) {
    for (Reading r : variant.readings()) {
      boolean replaces = r.kind() == Reading.Kind.SUBSTITUTION || r.kind() == Reading.Kind.TRANSPOSITION;
      if (replaces && comparable(r.words()).equals(comparable(lemma))) {
        diagnostics.error(Code.READING_EQUALS_LEMMA, r.pos(), "reading `" + r.words() + "` is the lemma itself",
            "write what the witnesses read instead; witnesses that agree with the reading text go under `lemma:`");
      }
    }
  }

  private static String comparable(String words) {
    StringBuilder b = new StringBuilder();
    for (char c : words.strip().toCharArray()) {
      b.append(QuoteMatcher.fold(c));
    }
    return b.toString().replaceAll(" +", " ");
  }

  private void reportUncited(Edition edition) {
    for (Text text : edition.texts()) {
      if (textsWithUnknownSigla.contains(text.id())) {
        continue;
      }
      Set<String> cited = new HashSet<>();
      edition.variants().stream().filter(v -> v.textId().equals(text.id())).forEach(v -> {
        cited.addAll(v.lemmaWitnesses());
        v.readings().forEach(r -> cited.addAll(r.witnesses()));
      });
      for (Witness w : text.witnesses()) {
        if (!cited.contains(w.siglum())) {
          diagnostics.warning(Code.UNCITED_WITNESS, w.pos(), "witness `" + w.siglum() + "` of text `" + text.id()
              + "` is cited by no variant entry", "cite it under `lemma:` or a reading's `witnesses:`, or remove it from `witnesses:`");
        }
      }
    }
  }
}
