package org.apparatus.plan;

/** Where the per-text exports are published, relative to the site root; the pages link to them. */
public final class ExportPaths {
  private ExportPaths() {}

  /** A text's TEI P5 document, e.g. {@code exports/afrasiabi.tei.xml}. */
  public static String tei(String textId) {
    return "exports/" + textId + ".tei.xml";
  }
}
