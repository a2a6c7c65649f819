package org.apparatus.cite;

/**
 * One thing a reader can cite: a block of a primary text, an editorial note, a glossary entry, or a whole text or
 * editorial page (which has no fragment and no locator).
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
    TERM,
    TEXT,
    PAGE;

    /** Whether a citation of this kind names a part of its work (and so carries a locator). */
    public boolean hasLocator() {
      return this != TEXT && this != PAGE;
    }
  }

  /** A key for BibTeX and CSL-JSON: the work and the fragment, e.g. {@code movahedian-s5-3-p2}, or the work alone. */
  public String key() {
    return fragment.isEmpty() ? work : work + "-" + fragment;
  }
}
