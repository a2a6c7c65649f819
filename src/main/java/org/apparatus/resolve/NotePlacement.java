package org.apparatus.resolve;

import java.util.List;

/**
 * Where a note's quoted words were found: the block and the character range in its text where the quote begins.
 * A quote that runs across lines of verse has one segment per line; {@code anchor}, {@code start} and {@code end}
 * are those of the first segment, and the note's marker follows the last.
 */
public record NotePlacement(String noteId, String textId, String anchor, int start, int end, int number,
    List<Segment> segments) {

  /** The quoted words that fall in one block: a half-open range of its text. */
  public record Segment(String anchor, int start, int end) {}

  public NotePlacement {
    segments = List.copyOf(segments);
    if (segments.isEmpty()) {
      segments = List.of(new Segment(anchor, start, end));
    }
  }

  public NotePlacement(String noteId, String textId, String anchor, int start, int end, int number) {
    this(noteId, textId, anchor, start, end, number, List.of());
  }

  /** The segment the note's marker follows. */
  public Segment last() {
    return segments.get(segments.size() - 1);
  }
}
