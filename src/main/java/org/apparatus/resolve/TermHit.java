package org.apparatus.resolve;

/** An occurrence of a glossary term in a block of a text that is linked to the glossary. */
public record TermHit(String termId, String textId, String anchor, int start, int end, String locator) {}
