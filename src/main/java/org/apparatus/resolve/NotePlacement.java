package org.apparatus.resolve;

/** Where a note's quoted words were found: the block and the character range in its text. */
public record NotePlacement(String noteId, String textId, String anchor, int start, int end, int number) {}
