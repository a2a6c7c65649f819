package org.apparatus.model;

import java.util.Optional;
import org.apparatus.diagnostic.SourcePos;

/**
 * An editorial note standing off a primary text, anchored to the exact words it comments on.
 *
 * @param paragraph the anchor of the block to search, if the editor narrowed it down
 * @param line the number of the line of verse to search ({@code line: 14} is the block {@code l14}), if given
 * @param occurrence which match to take (1-based) when the quote occurs more than once; 0 = unique
 * @param verdict present for fact-checks only
 * @param anchorPos where {@code paragraph:} or {@code line:} was written (the file's start when neither was)
 */
public record Note(
    String id,
    String textId,
    NoteKind kind,
    String quote,
    Optional<String> paragraph,
    Optional<Integer> line,
    int occurrence,
    Optional<Verdict> verdict,
    String claim,
    String checked,
    Markdown body,
    SourcePos pos,
    SourcePos quotePos,
    SourcePos anchorPos) {}
