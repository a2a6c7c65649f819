package org.apparatus.model;

/** Identifies an inline node (cross-reference, citation) by its file and character offset. */
public record NodeKey(String path, int offset) {}
