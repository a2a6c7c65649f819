package org.apparatus.load;

import java.util.List;
import java.util.Optional;

/**
 * The raw source files of an edition, grouped by role, in a stable order; {@code styles} are its .csl files,
 * {@code variants} the entries of the apparatus criticus (one file each, in the folder of their text, like notes).
 */
public record ContentSet(
    Optional<SourceFile> edition,
    List<SourceFile> texts,
    List<NoteFile> notes,
    List<SourceFile> glossary,
    List<SourceFile> bibliographies,
    List<SourceFile> pages,
    List<SourceFile> styles,
    List<NoteFile> variants) {

  public ContentSet(Optional<SourceFile> edition, List<SourceFile> texts, List<NoteFile> notes, List<SourceFile> glossary,
      List<SourceFile> bibliographies, List<SourceFile> pages, List<SourceFile> styles) {
    this(edition, texts, notes, glossary, bibliographies, pages, styles, List.of());
  }

  /** A note (or variant) file and the text it belongs to, given by its directory. */
  public record NoteFile(String textId, SourceFile file) {}
}
