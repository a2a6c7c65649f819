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
    record Found(Variant variant, Block block, QuoteSearch.Match match) {
      NotePlacement.Segment lemma() {
        return match.first();
      }
    }
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
      QuoteSearch.find(text, new QuoteSearch.Request("lemma", variant.quote(), variant.occurrence(),
          variant.line() > 0 ? Optional.of(variant.line()) : Optional.empty(), variant.paragraph(), variant.quotePos(),
          variant.anchorPos(), false), diagnostics).ifPresent(m -> {
            Block block = text.blocks().get(m.blockIndex());
            checkReadings(variant, block.text().substring(m.first().start(), m.first().end()));
            found.add(new Found(variant, block, m));
          });
    }
    reportUncited(edition);
    found.sort(Comparator.comparing((Found f) -> f.variant().textId())
        .thenComparingInt(f -> f.match().blockIndex())
        .thenComparingInt(f -> f.lemma().start())
        .thenComparingInt(f -> f.lemma().end())
        .thenComparing(f -> f.variant().id()));
    Map<String, VariantPlacement> result = new LinkedHashMap<>();
    Map<String, Integer> counters = new LinkedHashMap<>();
    for (Found f : found) {
      int n = counters.merge(f.variant().textId(), 1, Integer::sum);
      result.put(f.variant().id(), new VariantPlacement(f.variant().id(), f.variant().textId(), f.block().anchor(), f.block().locator(),
          f.lemma().start(), f.lemma().end(), f.block().text().substring(f.lemma().start(), f.lemma().end()), n));
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
      if (textsWithUnknownSigla.contains(text.id()) || edition.textsWithRefusedVariants().contains(text.id())) {
        continue;
      }
      Set<String> cited = new HashSet<>();
      edition.variantsOf(text.id()).forEach(v -> {
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
