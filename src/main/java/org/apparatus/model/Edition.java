package org.apparatus.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The whole edition as read from {@code content/}: the immutable input of every later stage.
 *
 * @param unreadableReferences keys of entries declared in a {@code .bib} file that failed to parse; their syntax
 *     error has been reported, so a citation of one of them is not reported again
 * @param variants the apparatus criticus of every text, in file order
 * @param textsWithRefusedVariants texts with a variant entry that failed to parse (reported): which witnesses it
 *     cites is not known, so none of theirs is reported as uncited
 */
public record Edition(
    EditionMeta meta,
    List<Text> texts,
    List<Note> notes,
    List<Term> terms,
    List<BibEntry> references,
    List<Page> pages,
    List<MediaFile> media,
    Set<String> unreadableReferences,
    List<Variant> variants,
    Set<String> textsWithRefusedVariants) {

  public Edition {
    texts = IdList.of(texts, Text::id);
    notes = IdList.of(notes, Note::id, Note::textId);
    terms = List.copyOf(terms);
    references = List.copyOf(references);
    pages = List.copyOf(pages);
    media = List.copyOf(media);
    unreadableReferences = Set.copyOf(unreadableReferences);
    variants = IdList.of(variants, Variant::id, Variant::textId);
    textsWithRefusedVariants = Set.copyOf(textsWithRefusedVariants);
  }

  public Edition(EditionMeta meta, List<Text> texts, List<Note> notes, List<Term> terms, List<BibEntry> references,
      List<Page> pages) {
    this(meta, texts, notes, terms, references, pages, List.of(), Set.of(), List.of(), Set.of());
  }

  public Edition withMeta(EditionMeta newMeta) {
    return new Edition(newMeta, texts, notes, terms, references, pages, media, unreadableReferences, variants,
        textsWithRefusedVariants);
  }

  public Optional<Text> text(String id) {
    return Optional.ofNullable(IdList.find(texts, id));
  }

  /** The note with this id (ids are unique across the edition). */
  public Optional<Note> note(String id) {
    return Optional.ofNullable(IdList.find(notes, id));
  }

  /** The notes on one text, in file order. */
  public List<Note> notesOn(String textId) {
    return IdList.group(notes, textId);
  }

  /** The variant entries of one text's apparatus criticus, in file order. */
  public List<Variant> variantsOf(String textId) {
    return IdList.group(variants, textId);
  }

  /** The variant entry with this id (ids are unique across the edition). */
  public Optional<Variant> variant(String id) {
    return Optional.ofNullable(IdList.find(variants, id));
  }
}
