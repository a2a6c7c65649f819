package org.apparatus.resolve;

import java.util.Optional;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.model.BodyNode;
import org.apparatus.model.Text;
import org.apparatus.model.Verse;
import org.apparatus.resolve.LineField.Scope.Invalid;
import org.apparatus.resolve.LineField.Scope.OneBlock;
import org.apparatus.resolve.LineField.Scope.WholeText;

/**
 * The {@code line:} front-matter field of stand-off entries (notes, variant readings): {@code line: 14} names the
 * block {@code l14} of the text, as {@code paragraph: l14} would. Every problem is reported at the field's value.
 */
public final class LineField {
  private LineField() {}

  /** Where to look for an entry's quote. */
  public sealed interface Scope {
    /** Neither field was given. */
    record WholeText() implements Scope {}

    /** The block with this anchor (a line's anchor is {@code l<N>}). */
    record OneBlock(String anchor) implements Scope {}

    /** The fields do not name a block; a diagnostic has been reported. */
    record Invalid() implements Scope {}
  }

  /**
   * The block an entry is narrowed to: by {@code line} if given, else by {@code paragraph}. Reports when the line
   * does not exist, the text has no verse, or {@code paragraph} names another block. Whether a paragraph's anchor
   * exists is the caller's to check, as before {@code line:} existed.
   */
  public static Scope scope(Text text, Optional<Integer> line, Optional<String> paragraph, SourcePos linePos,
      Diagnostics diagnostics) {
    if (line.isEmpty()) {
      return paragraph.<Scope>map(OneBlock::new).orElseGet(WholeText::new);
    }
    int n = line.get();
    if (text.stanzas().isEmpty()) {
      diagnostics.error(Code.LINE_WITHOUT_VERSE, linePos, "`line: " + n + "` but text `" + text.id() + "` has no verse",
          "lines are numbered only in line blocks (lines beginning with `| `); use `paragraph:` with the block's anchor");
      return new Invalid();
    }
    Optional<BodyNode.Line> found = Verse.line(text, n);
    if (found.isEmpty()) {
      int last = lastLine(text);
      diagnostics.error(Code.UNKNOWN_LINE, linePos, "text `" + text.id() + "` has no line " + n,
          "its lines are numbered 1 to " + last + " through the whole text; see the line numbers on its page");
      return new Invalid();
    }
    String anchor = found.get().block().anchor();
    if (paragraph.isPresent() && !paragraph.get().equals(anchor)) {
      diagnostics.error(Code.LINE_CONFLICT, linePos, "`line: " + n + "` names `" + anchor + "` but `paragraph:` names `"
          + paragraph.get() + "`", "keep one of the two fields");
      return new Invalid();
    }
    return new OneBlock(anchor);
  }

  private static int lastLine(Text text) {
    int last = 0;
    for (BodyNode.Stanza s : text.stanzas()) {
      for (BodyNode.Line l : s.lines()) {
        last = Math.max(last, l.number());
      }
    }
    return last;
  }
}
