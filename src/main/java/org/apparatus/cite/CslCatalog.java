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
import java.util.regex.Pattern;

/**
 * The CSL styles and locales that ship with Apparatus, so that edition.yaml can be checked where it is written. A
 * style or locale that is there is found by its resource name; only a suggestion for a wrong name lists them all.
 */
public final class CslCatalog {
  private static final Pattern STYLE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,120}");
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}");
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
        Optional<Set<String>> listed = listed("", "ieee", "csl");
        s = Collections.unmodifiableSet(new TreeSet<>(listed.isPresent() ? listed.get() : CSL.getSupportedStyles()));
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
        Optional<Set<String>> listed = listed("locales-", "en-US", "xml");
        l = Collections.unmodifiableSet(new TreeSet<>(listed.isPresent() ? listed.get() : CSL.getSupportedLocales()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list the bundled citation locales", e);
      }
      locales = l;
    }
    return l;
  }

  /**
   * The names of the files {@code <prefix><name>.<extension>} in the jar that holds {@code <prefix><knownName>.<extension>},
   * read from the jar's directory (the class loader already has it open) rather than by reading through the whole
   * jar as the citation processor's own listing does; empty when the file is not in a jar.
   */
  private static Optional<Set<String>> listed(String prefix, String knownName, String extension) throws IOException {
    java.net.URL known = CslCatalog.class.getResource("/" + prefix + knownName + "." + extension);
    if (known == null || !"jar".equals(known.getProtocol())) {
      return Optional.empty();
    }
    java.net.URLConnection connection = known.openConnection();
    if (!(connection instanceof java.net.JarURLConnection jar)) {
      return Optional.empty();
    }
    connection.setUseCaches(true);
    Set<String> names = new TreeSet<>();
    String suffix = "." + extension;
    try {
      java.util.jar.JarFile file = jar.getJarFile();
      file.stream().map(java.util.zip.ZipEntry::getName).filter(n -> n.endsWith(suffix) && n.startsWith(prefix))
          .forEach(n -> names.add(n.substring(prefix.length(), n.length() - suffix.length())));
    } catch (IllegalStateException e) {
      return Optional.empty();
    }
    return Optional.of(names);
  }

  /** The styles {@code written} was most likely meant to be: common ones first, then any that ships. */
  public static List<String> styleSuggestions(String written) {
    List<String> common = org.apparatus.diagnostic.DidYouMean.candidates(written, COMMON_STYLES.stream().filter(CslCatalog::hasStyle).toList());
    return common.isEmpty() ? org.apparatus.diagnostic.DidYouMean.candidates(written, styles()) : common;
  }

  public static boolean hasStyle(String id) {
    return STYLE_ID.matcher(id).matches() && CslCatalog.class.getResource("/" + id + ".csl") != null;
  }

  /** {@code locales-<tag>.xml}, with the tag's subtags in the case the locale files use ({@code fa-IR}, {@code sr-Latn-RS}). */
  private static Optional<String> shippedLocale(String tag) {
    if (!LANGUAGE_TAG.matcher(tag).matches()) {
      return Optional.empty();
    }
    String[] parts = tag.split("-");
    StringBuilder canonical = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i];
      canonical.append('-').append(p.length() == 2 ? p.toUpperCase(Locale.ROOT)
          : p.length() == 4 ? p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1).toLowerCase(Locale.ROOT) : p);
    }
    String locale = canonical.toString();
    return CslCatalog.class.getResource("/locales-" + locale + ".xml") != null ? Optional.of(locale) : Optional.empty();
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
    Optional<String> exact = shippedLocale(tag);
    if (exact.isPresent()) {
      return exact;
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
