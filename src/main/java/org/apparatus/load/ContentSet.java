package org.apparatus.load;

import java.util.List;
import java.util.Optional;

/** The raw source files of an edition, grouped by role, in a stable order; {@code styles} are its .csl files. */
public record ContentSet(
    Optional<SourceFile> edition,
    List<SourceFile> texts,
    List<NoteFile> notes,
    List<SourceFile> glossary,
    List<SourceFile> bibliographies,
    List<SourceFile> pages,
    List<SourceFile> styles) {

  /** A note file and the text it belongs to, given by its directory. */
  public record NoteFile(String textId, SourceFile file) {}
}
