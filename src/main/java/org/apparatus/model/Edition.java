package org.apparatus.model;

import java.util.List;
import java.util.Optional;

/** The whole edition as read from {@code content/}: the immutable input of every later stage. */
public record Edition(
    EditionMeta meta,
    List<Text> texts,
    List<Note> notes,
    List<Term> terms,
    List<BibEntry> references,
    List<Page> pages,
    List<MediaFile> media) {

  public Edition {
    texts = List.copyOf(texts);
    notes = List.copyOf(notes);
    terms = List.copyOf(terms);
    references = List.copyOf(references);
    pages = List.copyOf(pages);
    media = List.copyOf(media);
  }

  public Optional<Text> text(String id) {
    return texts.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
