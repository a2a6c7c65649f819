package org.apparatus.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How verse is numbered and found in a text's tree. Lines are numbered through the whole text, across stanzas and
 * headings, as printed editions number them: line 14 has the anchor {@code l14} and the locator {@code l. 14};
 * stanza 2 has {@code st2} and {@code st. 2}.
 */
public final class Verse {
  private Verse() {}

  public static String lineAnchor(int number) {
    return "l" + number;
  }

  public static String lineLocator(int number) {
    return "l. " + number;
  }

  public static String stanzaAnchor(int number) {
    return "st" + number;
  }

  public static String stanzaLocator(int number) {
    return "st. " + number;
  }

  /** The stanzas of a body in reading order, including those inside block quotes and list items. */
  public static List<BodyNode.Stanza> stanzas(List<BodyNode> body) {
    List<BodyNode.Stanza> out = new ArrayList<>();
    collect(body, out);
    return List.copyOf(out);
  }

  /** Line {@code number} of the text, if it has one. */
  public static Optional<BodyNode.Line> line(Text text, int number) {
    for (BodyNode.Stanza stanza : text.stanzas()) {
      for (BodyNode.Line line : stanza.lines()) {
        if (line.number() == number) {
          return Optional.of(line);
        }
      }
    }
    return Optional.empty();
  }

  private static void collect(List<BodyNode> nodes, List<BodyNode.Stanza> out) {
    for (BodyNode node : nodes) {
      if (node instanceof BodyNode.Stanza s) {
        out.add(s);
      } else if (node instanceof BodyNode.Quote q) {
        collect(q.children(), out);
      } else if (node instanceof BodyNode.ListGroup l) {
        l.items().forEach(item -> collect(item.children(), out));
      }
    }
  }
}
