package org.apparatus.anchors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The identity of an anchor's content: a short hash of its normalised text. Apparatus chrome is left
 * out (locator links, note markers and numbers, note bodies inside paragraphs, tooltips, backlink
 * lists, controls), so a paragraph's fingerprint changes only when its own words change. Cross-references and
 * citations count by what they point at, not by their generated labels ("note 12", "Reuters 2025a"), which
 * change whenever another note or reference is added.
 */
public final class Fingerprint {
  private static final Evaluator CHROME = QueryParser.parse(".loc, .li-num, .mk, .lem-ref, .nt, .sn, .tip, .block-backlinks, .backlinks, .occurrences, .nn, "
      + ".anchor-alias, button, input, script, style, template, noscript");
  /** Spans that the style sheet shows as blocks; their text is separated as a reader sees it. */
  private static final Evaluator BLOCK_SPANS = QueryParser.parse(".nh, .claim, .nb, .meta, .b-p, .b-li");
  private static final Pattern SINGLE_QUOTES = Pattern.compile("[\u2018\u2019]");
  private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\u201C\u201D]");
  private static final int HEX_DIGITS = 12;
  private static final int EXCERPT_CHARS = 60;

  private Fingerprint() {}

  /** The element's text as a reader sees it, without chrome, whitespace collapsed, Unicode NFC. */
  public static String text(Element element) {
    return normalised(element, false);
  }

  /** The text a fingerprint is taken of: {@link #text} with each cross-reference and citation as its target. */
  public static String identity(Element element) {
    return normalised(element, true);
  }

  /**
   * {@link #identity} for the editors' own prose (notes, pages, glossary entries), whose quotes are typeset when it
   * is rendered: curly quotes read as straight ones, so typesetting does not count as a change of words. The
   * primary texts keep {@link #identity}: their quotes are as transcribed.
   */
  public static String editorialIdentity(Element element) {
    return editorial(identity(element));
  }

  /** An anchor's {@link #text} and {@link #identity} (the editorial one if asked), made from one copy of it. */
  public record Texts(String text, String identity) {}

  public static Texts texts(Element element, boolean editorial) {
    Element copy = withoutChrome(element);
    String text = normalised(copy);
    labelsAsTargets(copy);
    String identity = normalised(copy);
    return new Texts(text, editorial ? editorial(identity) : identity);
  }

  private static String editorial(String identity) {
    return DOUBLE_QUOTES.matcher(SINGLE_QUOTES.matcher(identity).replaceAll("'")).replaceAll("\"");
  }

  private static String normalised(Element element, boolean targetsForLabels) {
    Element copy = withoutChrome(element);
    if (targetsForLabels) {
      labelsAsTargets(copy);
    }
    return normalised(copy);
  }

  /** A copy of the element without its chrome, each block span followed by a space. */
  private static Element withoutChrome(Element element) {
    Element copy = element.clone();
    for (Element chrome : copy.select(CHROME)) {
      if (chrome != copy) {
        chrome.remove();
      }
    }
    copy.select(BLOCK_SPANS).forEach(span -> span.after(" "));
    return copy;
  }

  private static void labelsAsTargets(Element copy) {
    copy.select("a[data-preview]").forEach(link -> link.text("[" + link.attr("data-preview") + "]"));
  }

  private static String normalised(Element copy) {
    return Normalizer.normalize(copy.text(), Normalizer.Form.NFC).strip();
  }

  public static String of(String normalisedText) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalisedText.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The first words of a text, cut at a word boundary. */
  public static String excerpt(String text) {
    if (text.length() <= EXCERPT_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', EXCERPT_CHARS);
    return text.substring(0, cut > EXCERPT_CHARS / 2 ? cut : EXCERPT_CHARS).strip() + "…";
  }

  /** Whether a string looks like a fingerprint written by this class (or a longer hex hash). */
  public static boolean isWellFormed(String s) {
    return s.matches("[0-9a-f]{" + HEX_DIGITS + ",64}");
  }
}
