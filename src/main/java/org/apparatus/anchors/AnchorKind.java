package org.apparatus.anchors;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a published anchor points at. The key is how the kind is written in the lockfile and the manifest. */
public enum AnchorKind {
  HEADING,
  PARAGRAPH,
  LIST_ITEM,
  TABLE,
  FIGURE,
  FOOTNOTE,
  LINE,
  STANZA,
  NOTE,
  VARIANT,
  TERM,
  REFERENCE;

  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The kind as a reader would name it, e.g. "list item". */
  public String label() {
    return key().replace('-', ' ');
  }

  public static Optional<AnchorKind> byKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
  }

  /** All keys, for hints. */
  public static String keys() {
    return String.join(", ", Arrays.stream(values()).map(AnchorKind::key).toList());
  }
}
