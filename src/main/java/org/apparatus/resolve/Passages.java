package org.apparatus.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import org.apparatus.model.Block;
import org.apparatus.model.BodyNode;
import org.apparatus.model.Text;

/**
 * The stretches of a text a quote is looked for in: each block on its own, except that the lines of a stanza form one
 * passage, joined by line ends, so a quote may run from one line of verse into the next (line ends compare equal to
 * spaces). A match is split back into one segment per line, each trimmed to the words on that line.
 */
final class Passages {
  private Passages() {}

  /** One passage: its blocks in order, their texts joined by {@code \n}, and where each block's text begins. */
  record Passage(List<Block> blocks, String text, int[] offsets) {
    boolean contains(String anchor) {
      return blocks.stream().anyMatch(b -> b.anchor().equals(anchor));
    }

    /** The parts of {@code span} (an offset range of the passage's text) in each block, in order. */
    List<NotePlacement.Segment> segments(QuoteMatcher.Span span) {
      List<NotePlacement.Segment> out = new ArrayList<>();
      for (int i = 0; i < blocks.size(); i++) {
        String own = blocks.get(i).text();
        int start = Math.max(span.start(), offsets[i]) - offsets[i];
        int end = Math.min(span.end(), offsets[i] + own.length()) - offsets[i];
        while (start < end && Character.isWhitespace(own.charAt(start))) {
          start++;
        }
        while (end > start && Character.isWhitespace(own.charAt(end - 1))) {
          end--;
        }
        if (start < end) {
          out.add(new NotePlacement.Segment(blocks.get(i).anchor(), start, end));
        }
      }
      return out;
    }
  }

  /** The text's passages in reading order. */
  static List<Passage> of(Text text) {
    Map<String, BodyNode.Stanza> stanzaOfLine = new HashMap<>();
    for (BodyNode.Stanza stanza : text.stanzas()) {
      stanza.lines().forEach(line -> stanzaOfLine.put(line.block().anchor(), stanza));
    }
    List<Passage> out = new ArrayList<>();
    Set<BodyNode.Stanza> done = new HashSet<>();
    for (Block block : text.blocks()) {
      BodyNode.Stanza stanza = stanzaOfLine.get(block.anchor());
      if (stanza == null) {
        out.add(new Passage(List.of(block), block.text(), new int[] {0}));
      } else if (done.add(stanza)) {
        out.add(joined(stanza));
      }
    }
    return out;
  }

  /** Each block of the text as a passage of its own, for words that may not cross a line end. */
  static List<Passage> eachBlock(Text text) {
    return text.blocks().stream().map(b -> new Passage(List.of(b), b.text(), new int[] {0})).toList();
  }

  private static Passage joined(BodyNode.Stanza stanza) {
    List<Block> blocks = stanza.lines().stream().map(BodyNode.Line::block).toList();
    int[] offsets = new int[blocks.size()];
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < blocks.size(); i++) {
      if (i > 0) {
        text.append('\n');
      }
      offsets[i] = text.length();
      text.append(blocks.get(i).text());
    }
    return new Passage(blocks, text.toString(), offsets);
  }
}
