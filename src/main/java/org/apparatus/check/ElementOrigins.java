package org.apparatus.check;

import org.apparatus.diagnostic.SourcePos;
import org.jsoup.nodes.Element;

/** Where an element of a rendered page came from, so that a problem on it is reported at its source. */
@FunctionalInterface
public interface ElementOrigins {
  /** Every problem at the start of the page's file in the site, for pages without known sources. */
  ElementOrigins SITE_FILE = (page, element, literal) -> SourcePos.fileStart("site/" + page);

  /**
   * @param literal the text at fault as the page has it (a URL, an id), to find the exact place in the
   *     source when it was written there as it stands
   */
  SourcePos of(String page, Element element, String literal);
}
