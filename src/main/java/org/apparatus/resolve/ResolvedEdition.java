package org.apparatus.resolve;

import java.util.List;
import java.util.Map;
import org.apparatus.model.Edition;
import org.apparatus.model.NodeKey;

/**
 * The edition with every reference resolved: where each note sits and its number, which term
 * occurrences are linked, what each cross-reference points at, and who refers to whom.
 *
 * @param placements note placements per block key ({@code text#anchor}), in reading order
 * @param notePlacements the placement of each note by note id
 * @param termHits linked term occurrences per block key
 * @param xrefs the target of each cross-reference node
 * @param backlinks who refers to each target key ({@link Target#key()})
 * @param citedBy which notes, terms and pages cite each BibTeX key, in reading order
 * @param termOccurrences every linked occurrence of each term id
 * @param variantPlacements where each variant entry's lemma sits, by variant id, in reading order
 */
public record ResolvedEdition(
    Edition edition,
    Map<String, List<NotePlacement>> placements,
    Map<String, NotePlacement> notePlacements,
    Map<String, List<TermHit>> termHits,
    Map<NodeKey, Target> xrefs,
    Map<String, List<Backlink>> backlinks,
    Map<String, List<Origin>> citedBy,
    Map<String, List<TermHit>> termOccurrences,
    Map<String, Target> targets,
    Map<String, List<AuthorDateLinker.CitationHit>> textCitations,
    Map<String, VariantPlacement> variantPlacements) {

  /** The lemmas placed in one block, in reading order. */
  public List<VariantPlacement> variantsOf(String textId, String anchor) {
    return variantPlacements.values().stream().filter(p -> p.textId().equals(textId) && p.anchor().equals(anchor)).toList();
  }

  /** A text's apparatus criticus in reading order. */
  public List<VariantPlacement> apparatusOf(String textId) {
    return variantPlacements.values().stream().filter(p -> p.textId().equals(textId)).toList();
  }

  public List<AuthorDateLinker.CitationHit> textCitationsOf(String textId, String anchor) {
    return textCitations.getOrDefault(textId + "#" + anchor, List.of());
  }

  public List<NotePlacement> placementsOf(String textId, String anchor) {
    return placements.getOrDefault(textId + "#" + anchor, List.of());
  }

  public List<TermHit> termHitsOf(String textId, String anchor) {
    return termHits.getOrDefault(textId + "#" + anchor, List.of());
  }

  public List<Backlink> backlinksOf(String targetKey) {
    return backlinks.getOrDefault(targetKey, List.of());
  }
}
