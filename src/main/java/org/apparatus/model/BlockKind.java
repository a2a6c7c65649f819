package org.apparatus.model;

/** The kinds of citable unit a text is made of. */
public enum BlockKind {
  HEADING,
  PARAGRAPH,
  LIST_ITEM,
  TABLE,
  FIGURE,
  /** The author's own footnote ({@code [^label]: …}), shown beside the text where it is referred to. */
  FOOTNOTE,
  /** One line of verse, numbered through the whole text ({@code l14}, "l. 14"); it sits in a {@link BodyNode.Stanza}. */
  LINE
}
