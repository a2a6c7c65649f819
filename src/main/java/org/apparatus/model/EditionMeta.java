package org.apparatus.model;

import java.util.List;

/**
 * The edition's own metadata, from {@code content/edition.yaml}.
 *
 * @param editors the editors' names as printed ("Ann Newcomer", "The Editors")
 * @param editorNames the same names structured for citations
 * @param rights the statement printed in every page's footer (who holds the rights to the texts and apparatus)
 */
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
    GlossaryLinking glossaryLinking,
    String rights,
    List<PersonName> editorNames) {

  public EditionMeta {
    editors = List.copyOf(editors);
    editorNames = List.copyOf(editorNames);
    rights = rights == null ? "" : rights;
  }

  /** Metadata whose editors are read by {@link PersonName#parse}, with no rights statement. */
  public EditionMeta(String title, String subtitle, List<String> editors, String version, String date, String baseUrl,
      String cslStyle, String language, String description, String license, String repository,
      GlossaryLinking glossaryLinking) {
    this(title, subtitle, editors.stream().map(e -> PersonName.parse(e).display()).toList(), version, date, baseUrl,
        cslStyle, language, description, license, repository, glossaryLinking, "",
        editors.stream().map(PersonName::parse).toList());
  }

  public EditionMeta withBaseUrl(String base) {
    return new EditionMeta(title, subtitle, editors, version, date, base, cslStyle, language, description, license,
        repository, glossaryLinking, rights, editorNames);
  }
}
