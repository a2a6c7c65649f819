package org.apparatus.model;

import java.util.List;
import org.apparatus.diagnostic.SourcePos;

/**
 * A primary text of the edition, as its author wrote it: its structure ({@link #body()}) and the same
 * citable units listed flat in reading order ({@link #blocks()}), the author's footnotes placed after the
 * unit that first refers to them.
 *
 * @param language the text's language (BCP 47), "" when it is the edition's
 * @param direction {@code ltr} or {@code rtl}: how the text runs
 * @param shortName the author's name in locators and citations ("Afrasiabi ¶4")
 * @param witnesses the sources the text is transcribed from and collated with, for the apparatus criticus
 */
public record Text(
    String id,
    String title,
    String author,
    String shortName,
    String byline,
    String authorNote,
    String publication,
    String date,
    String url,
    String rights,
    String dateline,
    List<String> tags,
    int order,
    String language,
    String direction,
    List<Witness> witnesses,
    List<BodyNode> body,
    List<Block> blocks,
    SourcePos pos) {

  public Text {
    tags = List.copyOf(tags);
    witnesses = List.copyOf(witnesses);
    body = List.copyOf(body);
    blocks = List.copyOf(blocks);
  }

  public java.util.Optional<Witness> witness(String siglum) {
    return witnesses.stream().filter(w -> w.siglum().equals(siglum)).findFirst();
  }

  /** The text's verse, stanza by stanza, in reading order; empty for prose. */
  public List<BodyNode.Stanza> stanzas() {
    return Verse.stanzas(body);
  }
}
