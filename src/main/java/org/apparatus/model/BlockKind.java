package org.apparatus.model;

public enum BlockKind {
  HEADING,
  PARAGRAPH,
  LIST_ITEM
}
