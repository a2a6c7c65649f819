package org.apparatus.model;

import java.util.List;
import org.apparatus.diagnostic.SourcePos;

/** A primary text of the edition, as its author wrote it, split into citable blocks. */
public record Text(
    String id,
    String title,
    String author,
    String byline,
    String authorNote,
    String publication,
    String date,
    String url,
    String rights,
    String dateline,
    List<String> tags,
    int order,
    List<Block> blocks,
    SourcePos pos) {

  public Text {
    tags = List.copyOf(tags);
    blocks = List.copyOf(blocks);
  }
}
