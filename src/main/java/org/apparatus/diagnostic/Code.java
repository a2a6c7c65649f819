package org.apparatus.diagnostic;

/** Stable, greppable diagnostic codes. Never rename one: users search for them. */
public enum Code {
  // loading
  IO_ERROR,
  NOT_UTF8,
  MISSING_FILE,
  BAD_FRONT_MATTER,
  UNKNOWN_KEY,
  MISSING_KEY,
  BAD_VALUE,
  // parsing and resolving
  DUPLICATE_ID,
  UNKNOWN_TEXT,
  UNKNOWN_ANCHOR,
  UNKNOWN_TARGET,
  UNKNOWN_CITATION,
  UNKNOWN_TERM,
  QUOTE_NOT_FOUND,
  QUOTE_AMBIGUOUS,
  INVALID_VERDICT,
  MISSING_VERDICT,
  FACT_CHECK_WITHOUT_SOURCE,
  BIBTEX_SYNTAX,
  UNUSED_REFERENCE,
  UNUSED_TERM,
  UNSAFE_HTML,
  // the document tree of texts and pages
  UNSUPPORTED_MARKUP,
  UNSUPPORTED_ATTRIBUTE,
  UNKNOWN_FOOTNOTE,
  UNUSED_FOOTNOTE,
  MISSING_MEDIA,
  NOTE_OUTSIDE_TEXT,
  // witnesses and variant readings
  UNKNOWN_SIGLUM,
  DUPLICATE_SIGLUM,
  READING_EQUALS_LEMMA,
  UNCITED_WITNESS,
  NO_WITNESSES,
  // verse: `line:` in notes and other stand-off entries
  UNKNOWN_LINE,
  LINE_WITHOUT_VERSE,
  LINE_CONFLICT,
  // rendering
  MISSING_TEMPLATE,
  TEMPLATE_ERROR,
  CITATION_STYLE,
  URL_COLLISION,
  // checking the written site
  BROKEN_LINK,
  DUPLICATE_HTML_ID,
  EXTERNAL_ASSET,
  // anchors of the rendered site against content/anchors.lock
  ANCHOR_REMOVED,
  ANCHOR_CHANGED,
  ANCHOR_UNLOCKED,
  ANCHOR_LOCK_SYNTAX,
  ANCHOR_LOCK_CONFLICT,
  // hardening: content is data, and no input crashes the build
  UNSAFE_URL,
  UNSAFE_PATH,
  NESTING_TOO_DEEP,
  NAME_TOO_LONG,
  RESERVED_ID,
  // exports
  XML_CHARACTER
}
