package org.apparatus.resolve;

/** A place that refers to a target: a note, glossary entry or page (its {@link Origin}). */
public record Backlink(Origin from) {}
