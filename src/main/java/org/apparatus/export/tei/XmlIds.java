package org.apparatus.export.tei;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code xml:id} of everything one TEI file names. An id must be an XML NCName: a site anchor such as
 * {@code s5-3-p2} or a Unicode slug already is and is kept; one that is not (it starts with a digit or holds a
 * character no name may hold) is mapped, e.g. {@code 1999} to {@code _1999}. The same thing always gets the same
 * id, and two things never share one.
 */
final class XmlIds {
  /** What an id names; a paragraph and a term with the same written name still get two ids. */
  enum Kind { BLOCK, NOTE, NOTE_RANGE, TERM, REFERENCE, WITNESS, VARIANT }

  private final Map<String, String> ids = new HashMap<>();
  private final Set<String> taken = new HashSet<>();

  String of(Kind kind, String name) {
    return ids.computeIfAbsent(kind + " " + name, k -> {
      String base = ncName(name);
      String id = base;
      for (int n = 2; !taken.add(id); n++) {
        id = base + "-" + n;
      }
      return id;
    });
  }

  /** A pointer to the id, as {@code target} and {@code ref} attributes write it. */
  String ref(Kind kind, String name) {
    return "#" + of(kind, name);
  }

  static boolean isNcName(String s) {
    if (s.isEmpty()) {
      return false;
    }
    int first = s.codePointAt(0);
    if (!nameStart(first)) {
      return false;
    }
    return s.codePoints().skip(1).allMatch(XmlIds::nameChar);
  }

  static String ncName(String s) {
    if (isNcName(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(c -> b.appendCodePoint(nameChar(c) ? c : '_'));
    if (b.length() == 0 || !nameStart(b.codePointAt(0))) {
      b.insert(0, '_');
    }
    return b.toString();
  }

  /** XML 1.0 (fifth edition) NameStartChar, without the colon that namespaces reserve. */
  private static boolean nameStart(int c) {
    return (c >= 'A' && c <= 'Z') || c == '_' || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6)
        || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D)
        || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F)
        || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF)
        || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
  }

  private static boolean nameChar(int c) {
    return nameStart(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7
        || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
  }
}
