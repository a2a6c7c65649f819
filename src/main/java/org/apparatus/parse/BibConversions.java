package org.apparatus.parse;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apparatus.cache.Generations;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.jbibtex.Value;

/**
 * The CSL data converted from BibTeX entries in the previous build of a series (a live preview's), kept for the
 * next. An entry's conversion depends only on its type, key and fields, so an entry whose three are unchanged is not
 * converted again, wherever it stands in its file. Only the entries the last build converted are carried to the
 * next. A single build keeps nothing.
 */
public final class BibConversions {
  private final boolean remembers;
  private final Generations<String, CSLItemData> conversions = new Generations<>();

  private BibConversions(boolean remembers) {
    this.remembers = remembers;
  }

  public static BibConversions none() {
    return new BibConversions(false);
  }

  public static BibConversions acrossBuilds() {
    return new BibConversions(true);
  }

  /** Starts the next build of the series. */
  public void nextBuild() {
    conversions.nextBuild();
  }

  /** The entry's conversion: the one made in the previous build if the entry is the same, else {@code conversion}'s. */
  CSLItemData of(BibTeXEntry entry, Supplier<CSLItemData> conversion) {
    if (!remembers) {
      return conversion.get();
    }
    String fields;
    try {
      fields = fieldsOf(entry);
    } catch (RuntimeException e) {
      return conversion.get(); // a value that cannot be read back as text: converted as in a single build
    }
    return conversions.computeIfAbsent(fields, f -> conversion.get());
  }

  private static String fieldsOf(BibTeXEntry entry) {
    StringBuilder b = new StringBuilder().append(entry.getType().getValue()).append('\u0000').append(entry.getKey().getValue());
    Map<String, String> sorted = new TreeMap<>();
    for (Map.Entry<Key, Value> f : entry.getFields().entrySet()) {
      sorted.put(f.getKey().getValue(), f.getValue().toUserString());
    }
    sorted.forEach((name, value) -> b.append('\u0000').append(name).append('=').append(value));
    return b.toString();
  }
}
