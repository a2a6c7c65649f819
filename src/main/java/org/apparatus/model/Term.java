package org.apparatus.model;

import java.util.List;
import org.apparatus.diagnostic.SourcePos;

/** A glossary term with the spellings under which the texts use it. */
public record Term(String id, String term, List<String> aliases, Markdown definition, SourcePos pos) {
  public Term {
    aliases = List.copyOf(aliases);
  }

  /** The term and its aliases, longest first so that longer spellings win. */
  public List<String> spellings() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(term), aliases.stream())
        .distinct()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
        .toList();
  }
}
