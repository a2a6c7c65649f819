package org.apparatus.cite;

import de.undercouch.citeproc.CSL;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The CSL styles and locales that ship with Apparatus, so that edition.yaml can be checked where it is written. */
public final class CslCatalog {
  /** Widely used styles, suggested before the many variants of each that the CSL repository also holds. */
  private static final List<String> COMMON_STYLES = List.of("apa", "chicago-author-date", "chicago-notes-bibliography",
      "chicago-shortened-notes-bibliography", "modern-language-association", "harvard-cite-them-right", "ieee", "vancouver",
      "turabian-author-date", "american-medical-association", "american-sociological-association", "nature");
  private static volatile Set<String> styles;
  private static volatile Set<String> locales;

  private CslCatalog() {}

  public static Set<String> styles() {
    Set<String> s = styles;
    if (s == null) {
      try {
        s = Collections.unmodifiableSet(new TreeSet<>(CSL.getSupportedStyles()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list the bundled citation styles", e);
      }
      styles = s;
    }
    return s;
  }

  public static Set<String> locales() {
    Set<String> l = locales;
    if (l == null) {
      try {
        l = Collections.unmodifiableSet(new TreeSet<>(CSL.getSupportedLocales()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list the bundled citation locales", e);
      }
      locales = l;
    }
    return l;
  }

  /** The styles {@code written} was most likely meant to be: common ones first, then any that ships. */
  public static List<String> styleSuggestions(String written) {
    List<String> common = org.apparatus.diagnostic.DidYouMean.candidates(written, COMMON_STYLES.stream().filter(CslCatalog::hasStyle).toList());
    return common.isEmpty() ? org.apparatus.diagnostic.DidYouMean.candidates(written, styles()) : common;
  }

  public static boolean hasStyle(String id) {
    return styles().contains(id);
  }

  /**
   * The CSL locale for an edition's {@code language}: the locale of that tag, or for a bare language ({@code en},
   * {@code fa}) its first regional locale ({@code en-US}, {@code fa-IR}); empty if none ships.
   */
  public static Optional<String> localeFor(String language) {
    String tag = language.strip();
    if (tag.equalsIgnoreCase("en")) {
      return Optional.of("en-US");
    }
    for (String l : locales()) {
      if (l.equalsIgnoreCase(tag)) {
        return Optional.of(l);
      }
    }
    String prefix = tag.toLowerCase(Locale.ROOT) + "-";
    return locales().stream().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix)).findFirst();
  }

  /** The tags a {@code language} may take: each bare language and each regional locale. */
  public static List<String> languages() {
    Set<String> out = new TreeSet<>();
    for (String l : locales()) {
      out.add(l.contains("-") ? l.substring(0, l.indexOf('-')) : l);
      out.add(l);
    }
    return new ArrayList<>(out);
  }

  /** Language tags whose English name is {@code written} ("persian" → {@code fa}), for suggestions. */
  public static List<String> languagesNamed(String written) {
    String w = written.strip().toLowerCase(Locale.ROOT);
    Set<String> out = new TreeSet<>();
    for (String l : locales()) {
      String bare = l.contains("-") ? l.substring(0, l.indexOf('-')) : l;
      if (Locale.forLanguageTag(bare).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(w)) {
        out.add(bare);
      }
    }
    return new ArrayList<>(out);
  }
}
