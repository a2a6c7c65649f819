package org.apparatus.cite;

import java.util.ArrayList;
import java.util.List;
import org.apparatus.model.EditionMeta;
import org.apparatus.model.Text;

/**
 * Highwire Press {@code citation_*} and Dublin Core tags for a text page, the metadata Zotero and Google Scholar
 * read. They describe the primary text as reproduced in this edition, with its original publication.
 */
public final class EmbeddedMetadata {
  private EmbeddedMetadata() {}

  /** {@code pageUrl} is absolute when the edition has a base URL, else the page's own file name. */
  public static List<MetaTag> forText(EditionMeta meta, Text text, String pageUrl) {
    List<MetaTag> tags = new ArrayList<>();
    String date = text.date().isEmpty() ? meta.date() : text.date();
    tags.add(new MetaTag("citation_title", text.title()));
    tags.add(new MetaTag("citation_author", text.author()));
    tags.add(new MetaTag("citation_publication_date", date.replace('-', '/')));
    tags.add(new MetaTag("citation_online_date", meta.date().replace('-', '/')));
    if (!text.publication().isEmpty()) {
      tags.add(new MetaTag("citation_journal_title", text.publication()));
    } else {
      tags.add(new MetaTag("citation_inbook_title", meta.title()));
    }
    tags.add(new MetaTag("citation_language", meta.language()));
    tags.add(new MetaTag("citation_fulltext_html_url", pageUrl));
    text.tags().forEach(t -> tags.add(new MetaTag("citation_keywords", t)));
    tags.add(new MetaTag("DC.title", text.title()));
    tags.add(new MetaTag("DC.creator", text.author()));
    tags.add(new MetaTag("DC.date", date));
    meta.editors().forEach(e -> tags.add(new MetaTag("DC.contributor", e)));
    if (!text.publication().isEmpty()) {
      tags.add(new MetaTag("DC.publisher", text.publication()));
    }
    if (!text.url().isEmpty()) {
      tags.add(new MetaTag("DC.source", text.url()));
    }
    tags.add(new MetaTag("DC.relation", meta.title() + ", version " + meta.version()));
    tags.add(new MetaTag("DC.identifier", pageUrl));
    tags.add(new MetaTag("DC.language", meta.language()));
    tags.add(new MetaTag("DC.type", "Text"));
    tags.add(new MetaTag("DC.format", "text/html"));
    if (!text.rights().isEmpty()) {
      tags.add(new MetaTag("DC.rights", text.rights()));
    }
    return tags;
  }
}
