package org.apparatus.parse;

import java.text.Normalizer;
import java.util.Locale;

/** Ids derived from titles. */
public final class Slug {
  private Slug() {}

  /**
   * A readable fragment id in any script: letters and digits of every script kept, lower-cased, accents
   * dropped from Latin letters only ({@code Ménage} → {@code menage}, {@code Ἀρχή} → {@code ἀρχή},
   * {@code منابع فارسی} → {@code منابع-فارسی}), runs of anything else as one hyphen. Empty if nothing is left.
   */
  public static String of(String title) {
    String decomposed = Normalizer.normalize(title, Normalizer.Form.NFKD)
        .replaceAll("(?<=\\p{IsLatin})\\p{M}+", "");
    String s = Normalizer.normalize(decomposed, Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}\\p{M}]+", "-")
        .replaceAll("^-+|-+$", "");
    return s;
  }

  /** A lowercase ASCII name for files, e.g. {@code persian-references}; {@code fallback} when nothing is left. */
  public static String ascii(String title, String fallback) {
    String s = Normalizer.normalize(title, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-|-$", "");
    return s.isEmpty() ? fallback : s;
  }
}
