package org.apparatus.model;

import java.util.List;
import java.util.Optional;
import org.apparatus.diagnostic.SourcePos;

/**
 * An entry of the apparatus criticus, standing off a primary text like a note: the lemma (words of the reading
 * text, found by {@code quote}) and what the other witnesses read there.
 *
 * @param paragraph the anchor of the block to search, if the editor narrowed it down
 * @param line the verse line to search ({@code line: 14} means the block {@code l14}), 0 when not given
 * @param occurrence which match to take (1-based) when the quote occurs more than once; 0 = unique
 * @param lemmaWitnesses the witnesses that agree with the reading text here
 * @param comment the editor's comment, possibly empty
 * @param anchorPos where {@code paragraph:} or {@code line:} was written (the file's start when neither was)
 */
public record Variant(
    String id,
    String textId,
    String quote,
    Optional<String> paragraph,
    int line,
    int occurrence,
    List<String> lemmaWitnesses,
    List<Reading> readings,
    Markdown comment,
    SourcePos pos,
    SourcePos quotePos,
    SourcePos anchorPos,
    List<SourcePos> lemmaWitnessPositions) {

  public Variant {
    lemmaWitnesses = List.copyOf(lemmaWitnesses);
    lemmaWitnessPositions = List.copyOf(lemmaWitnessPositions);
    readings = List.copyOf(readings);
  }

  /** The block anchor the editor narrowed the search to, if any. */
  public Optional<String> anchor() {
    return line > 0 ? Optional.of("l" + line) : paragraph;
  }

  /** The anchor of the entry in the apparatus, stable across builds. */
  public String entryAnchor() {
    return "v-" + id;
  }

  /** The anchor of the lemma in the text. */
  public String lemmaAnchor() {
    return "lem-" + id;
  }
}
