package org.apparatus.model;

import java.util.List;

/**
 * What an editor may set on a block with {@code {…}} or on raw HTML: its language (BCP 47), its
 * direction ({@code ltr}, {@code rtl}, {@code auto}) and style classes. Anything else is reported, not kept.
 */
public record Attributes(String lang, String dir, List<String> classes) {
  public static final Attributes NONE = new Attributes("", "", List.of());

  public Attributes {
    classes = List.copyOf(classes);
  }

  public boolean isEmpty() {
    return lang.isEmpty() && dir.isEmpty() && classes.isEmpty();
  }
}
