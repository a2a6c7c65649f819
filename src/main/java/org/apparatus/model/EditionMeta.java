package org.apparatus.model;

import java.util.List;

/** The edition's own metadata, from {@code content/edition.yaml}. */
public record EditionMeta(
    String title,
    String subtitle,
    List<String> editors,
    String version,
    String date,
    String baseUrl,
    String cslStyle,
    String language,
    String description,
    String license,
    String repository,
    GlossaryLinking glossaryLinking) {

  public EditionMeta {
    editors = List.copyOf(editors);
  }
}
