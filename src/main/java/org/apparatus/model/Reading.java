package org.apparatus.model;

import java.util.List;
import org.apparatus.diagnostic.SourcePos;

/**
 * What some witnesses have instead of the lemma.
 *
 * @param words the witnesses' words: for a substitution or transposition they replace the lemma, for an addition
 *     they are added {@link Placement#AFTER after} or {@link Placement#BEFORE before} it; empty for an omission
 * @param witnessPositions where each siglum of {@code witnesses} was written
 */
public record Reading(Kind kind, String words, Placement placement, List<String> witnesses, SourcePos pos,
    List<SourcePos> witnessPositions) {

  public Reading {
    witnesses = List.copyOf(witnesses);
    witnessPositions = List.copyOf(witnessPositions);
  }

  /** How a reading differs from the lemma; the apparatus prints each differently. */
  public enum Kind {
    SUBSTITUTION("substitution"), OMISSION("omission"), ADDITION("addition"), TRANSPOSITION("transposition");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }

    public static java.util.Optional<Kind> parse(String key) {
      return java.util.Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
  }

  /** Where an addition goes relative to the lemma it is anchored to. */
  public enum Placement { AFTER, BEFORE }

  /** The words the witnesses read where the reading text has the lemma. */
  public String witnessText(String lemma) {
    return switch (kind) {
      case OMISSION -> "";
      case ADDITION -> placement == Placement.AFTER ? lemma + " " + words : words + " " + lemma;
      case SUBSTITUTION, TRANSPOSITION -> words;
    };
  }
}
