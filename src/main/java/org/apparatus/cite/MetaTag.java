package org.apparatus.cite;

/** One {@code <meta name content>} pair for reference managers and scholarly indexers. */
public record MetaTag(String name, String content) {}
