package org.apparatus.cite;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The citation formats every citable anchor offers, and how each writes an access date. */
public enum CiteFormat {
  CHICAGO("chicago", "Chicago", "chicago-author-date"),
  APA("apa", "APA", "apa"),
  MLA("mla", "MLA", "modern-language-association"),
  BIBTEX("bibtex", "BibTeX", ""),
  RIS("ris", "RIS", ""),
  CSL_JSON("csl-json", "CSL-JSON", "");

  private static final String[] MLA_MONTHS = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
      "Nov.", "Dec."};
  private final String key;
  private final String label;
  private final String cslStyle;

  CiteFormat(String key, String label, String cslStyle) {
    this.key = key;
    this.label = label;
    this.cslStyle = cslStyle;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** The CSL style id for the prose formats; empty for the data formats. */
  public String cslStyle() {
    return cslStyle;
  }

  public static CiteFormat byKey(String key) {
    for (CiteFormat f : values()) {
      if (f.key.equals(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown citation format `" + key + "`");
  }

  /** The access date as this format writes it; the page script mirrors these rules for today's date. */
  public String accessDate(LocalDate date) {
    return switch (this) {
      case CHICAGO, APA -> date.format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
      case MLA -> date.getDayOfMonth() + " " + MLA_MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
      case BIBTEX -> date.toString();
      case RIS -> date.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
      case CSL_JSON -> date.getYear() + "," + date.getMonthValue() + "," + date.getDayOfMonth();
    };
  }
}
