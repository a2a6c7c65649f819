package org.apparatus.render;

import java.util.List;

/** Read-only values handed to the templates; templates never see the model or the pipeline. */
public final class Views {
  private Views() {}

  public record Link(String href, String label) {}

  /** What every page shows around its content: edition identity, navigation, paths. */
  public record Chrome(
      String editionTitle,
      String editionSubtitle,
      String version,
      String date,
      List<String> editors,
      String pageTitle,
      String root,
      String canonical,
      String description,
      List<Link> nav,
      String currentPath,
      Link previous,
      Link next,
      String downloadZip,
      String downloadEpub,
      String previewsScript,
      String rights,
      boolean hasLicense,
      String language) {}

  public record Home(List<TextCard> texts, List<Link> pages, String description, int noteCount, int factCheckCount,
      int termCount, int referenceCount, String license) {}

  public record TextCard(String title, String author, String date, String publication, String href, int blocks, int notes) {}

  /**
   * A node of a text's body: a citable unit ({@code heading}, {@code paragraph}, {@code list_item}, {@code table},
   * {@code figure}, {@code line}) or a container or furniture ({@code quote}, {@code list}, {@code stanza},
   * {@code code}, {@code rule}). {@code html} is the unit's content with its apparatus (a stanza's: what refers to it); {@code number} is a list
   * item's number, a list's start, a line's or a stanza's number; {@code indent} is a line's indentation in spaces;
   * {@code children} are a container's nodes (a stanza's lines) or a list item's further paragraphs and lists.
   */
  public record Block(String kind, String tag, String id, String locator, String html, String lang, String dir,
      String classes, boolean ordered, int number, int level, int indent, List<Block> children) {}

  public record Toc(String id, String label, int level) {}

  public record TextPage(String id, String title, String author, String byline, String authorNoteHtml, String publication,
      String date, String url, String rights, String dateline, List<String> tags, String lang, String dir,
      List<Block> blocks, List<Toc> toc,
      int noteCount, String claimReviewJson, List<org.apparatus.cite.MetaTag> metaTags, CiteBox cite,
      List<Witness> witnesses, List<ApparatusEntry> apparatus, String teiHref) {}

  /** A witness of a text: its siglum, what and when it is, and its entry in the reference list ({@code null} if none). */
  public record Witness(String siglum, String description, String date, Link reference) {}

  /**
   * One entry of the apparatus criticus, in the positive form {@code locator lemma] sigla; reading sigla}:
   * {@code id} is the entry's anchor, {@code lemmaId} the anchor of the lemma in the text.
   */
  public record ApparatusEntry(String id, String lemmaId, String locator, String lemma, List<String> lemmaWitnesses,
      List<VariantReading> readings, String commentHtml) {}

  /**
   * A reading as the apparatus prints it: {@code sign} ("om.", "add.", "praem.", "tr.") and {@code words} (empty for an
   * omission); {@code witnessText} is the whole of what the witnesses read in place of the lemma, for the witness view.
   */
  public record VariantReading(String kind, String sign, String words, List<String> witnesses, String witnessText) {}

  /** A plain-text citation in one format, shown without JavaScript. */
  public record Citation(String formatKey, String label, String text) {}

  /** "Cite this page" for readers without JavaScript, and the data the Cite buttons are built from. */
  public record CiteBox(List<Citation> citations, String dataJson) {}

  public record ContentPage(String id, String title, String html, List<Toc> toc) {}

  public record Term(String id, String term, List<String> aliases, String definitionHtml, List<Link> occurrences,
      List<Link> referredFrom) {}

  public record Reference(String key, String html, String url, List<Link> citedBy) {}

  /** A fact-check in the index; {@code quoteHref} opens the text with the quoted words highlighted. */
  public record FactCheck(String id, String textTitle, int number, String claim, String verdictKey, String verdictLabel,
      Link place, String checked, String quoteHref) {}

  public record VerdictGroup(String key, String label, int count, List<FactCheck> checks) {}

  public record FactCheckIndex(List<VerdictGroup> groups, int total, String chartSvg) {}

  /** The changes page: every recorded change of a published anchor, newest version first. */
  public record ChangeLog(boolean locked, String version, int anchorCount, String manifestHref, List<ChangeGroup> groups) {}

  public record ChangeGroup(String version, String id, List<AnchorChange> changes) {}

  /**
   * One change: {@code change} is {@code changed}, {@code moved} or {@code retired}; {@code anchor} links
   * to the old fragment (which still works); {@code movedTo} is set for moves only.
   */
  public record AnchorChange(String change, String kind, Link anchor, String detail, Link movedTo) {}

  /** A page that an earlier version had: it now only says where its cited passages went. */
  public record RemovedPage(String path, Link changes) {}
}
