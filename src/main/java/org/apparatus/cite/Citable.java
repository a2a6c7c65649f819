package org.apparatus.cite;

/**
 * One anchor a reader can cite: a block of a primary text, an editorial note, or a glossary entry.
 *
 * @param work which work the citation names: a text id, or {@code glossary}
 * @param pagePath the output path of the page holding the anchor, e.g. {@code movahedian/index.html}
 * @param fragment the element id, e.g. {@code s5-3-p2}
 * @param locator the human locator, e.g. {@code §5-3 ¶2}, {@code note 12}, {@code s.v. “Artsakh”}
 */
public record Citable(Kind kind, String work, String pagePath, String fragment, String locator) {
  public enum Kind {
    BLOCK,
    NOTE,
    TERM
  }

  /** A key for BibTeX and CSL-JSON: the work and the fragment, e.g. {@code movahedian-s5-3-p2}. */
  public String key() {
    return work + "-" + fragment;
  }
}
