package org.apparatus.parse;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apparatus.model.Inline;

/**
 * Reads a line block (pandoc's syntax for verse) out of a paragraph whose first line begins with {@code | }: each
 * source line beginning with {@code |} starts a new line of verse, a source line that does not continues the one
 * before it, and a line holding only {@code |} ends a stanza. The spaces after {@code | } are the line's indentation.
 */
final class LineBlock {
  private static final Pattern START = Pattern.compile("^\\|(?: |$)");

  private LineBlock() {}

  /** One line as written: its inline nodes, from the {@code |} to the end of the line. */
  record SourceLine(List<Node> nodes) {}

  /** A line after conversion: its content without the marker and the indentation, and the indentation's width. */
  record Converted(List<Inline> content, int indent) {
    boolean isEmpty() {
      return content.isEmpty();
    }
  }

  static boolean is(Paragraph paragraph) {
    return paragraph.getLineCount() > 0 && START.matcher(paragraph.getLineChars(0)).find();
  }

  /** The paragraph's inline nodes (its trailing attributes left out) split into the lines of verse. */
  static List<SourceLine> split(Paragraph paragraph, Node trailingAttributes) {
    List<SourceLine> lines = new ArrayList<>();
    List<Node> current = new ArrayList<>();
    for (Node node : paragraph.getChildren()) {
      if (node == trailingAttributes) {
        continue;
      }
      if ((node instanceof SoftLineBreak || node instanceof HardLineBreak) && nextLineStartsVerse(paragraph, node)) {
        lines.add(new SourceLine(current));
        current = new ArrayList<>();
      } else {
        current.add(node);
      }
    }
    lines.add(new SourceLine(current));
    return lines;
  }

  private static boolean nextLineStartsVerse(Paragraph paragraph, Node lineBreak) {
    int end = lineBreak.getEndOffset();
    for (BasedSequence line : paragraph.getContentLines()) {
      if (line.getStartOffset() >= end) {
        return START.matcher(line).find();
      }
    }
    return false;
  }

  /** Takes the {@code |} and the indentation off a converted line and trims its end. */
  static Converted strip(List<Inline> converted) {
    List<Inline> content = new ArrayList<>(converted);
    int indent = 0;
    if (!content.isEmpty() && content.get(0) instanceof Inline.Text first && first.text().startsWith("|")) {
      String rest = first.text().substring(1);
      int spaces = 0;
      while (spaces < rest.length() && rest.charAt(spaces) == ' ') {
        spaces++;
      }
      indent = Math.max(0, spaces - 1);
      rest = rest.substring(spaces);
      if (rest.isEmpty()) {
        content.remove(0);
      } else {
        content.set(0, new Inline.Text(rest));
      }
    }
    while (!content.isEmpty() && content.get(content.size() - 1) instanceof Inline.Text last) {
      String trimmed = last.text().stripTrailing();
      if (trimmed.isEmpty()) {
        content.remove(content.size() - 1);
        continue;
      }
      content.set(content.size() - 1, new Inline.Text(trimmed));
      break;
    }
    return new Converted(List.copyOf(content), content.isEmpty() ? 0 : indent);
  }
}
