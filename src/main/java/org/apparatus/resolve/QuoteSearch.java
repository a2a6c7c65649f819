package org.apparatus.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.DidYouMean;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.model.Block;
import org.apparatus.model.BlockKind;
import org.apparatus.model.Text;

/**
 * The one search behind every stand-off entry (notes, variant entries): narrow to the block {@code paragraph:} or
 * {@code line:} names, find the quoted words there or anywhere in the text, and take the {@code occurrence:} asked
 * for. Each way it can fail is reported once, at the field that caused it.
 */
final class QuoteSearch {
  private QuoteSearch() {}

  /**
   * What an entry asks for.
   *
   * @param noun what the entry calls its words in diagnostics ("quote", "lemma")
   * @param occurrence which match to take (1-based); 0 when the words must be unique
   * @param anchorPos where {@code paragraph:} or {@code line:} was written (the file's start when neither was)
   * @param acrossLines whether the words may run from one line of verse into the next
   */
  record Request(String noun, String quote, int occurrence, Optional<Integer> line, Optional<String> paragraph,
      SourcePos quotePos, SourcePos anchorPos, boolean acrossLines) {}

  /**
   * The words found: the block they begin in, the range of the passage's text they cover (a block's own text unless
   * they run across lines) and the part in each block.
   */
  record Match(int blockIndex, QuoteMatcher.Span span, List<NotePlacement.Segment> segments) {
    NotePlacement.Segment first() {
      return segments.get(0);
    }
  }

  /** The match the request names, or empty after reporting why there is none. */
  static Optional<Match> find(Text text, Request request, Diagnostics diagnostics) {
    LineField.Scope scope = LineField.scope(text, request.line(), request.paragraph(), request.anchorPos(), diagnostics);
    if (scope instanceof LineField.Scope.Invalid) {
      return Optional.empty();
    }
    String anchor = scope instanceof LineField.Scope.OneBlock one ? one.anchor() : null;
    if (anchor != null && text.blocks().stream().noneMatch(b -> b.anchor().equals(anchor))) {
      reportUnknownAnchor(text, anchor, request.anchorPos(), diagnostics);
      return Optional.empty();
    }
    List<Match> matches = new ArrayList<>();
    for (Passages.Passage passage : request.acrossLines() ? Passages.of(text) : Passages.eachBlock(text)) {
      if (anchor != null && !passage.contains(anchor)) {
        continue;
      }
      for (QuoteMatcher.Span span : QuoteMatcher.findAll(passage.text(), request.quote())) {
        List<NotePlacement.Segment> segments = passage.segments(span);
        if (anchor == null || segments.stream().anyMatch(g -> g.anchor().equals(anchor))) {
          matches.add(new Match(indexOf(text, segments.get(0).anchor()), span, segments));
        }
      }
    }
    String where = anchor == null ? "text `" + text.id() + "`" : "`" + text.id() + "#" + anchor + "`";
    String noun = request.noun();
    if (matches.isEmpty()) {
      diagnostics.error(Code.QUOTE_NOT_FOUND, request.quotePos(), noun + " not found in " + where,
          "copy the words exactly from the text; quotes, dashes and spacing may differ, nothing else, and a " + noun
              + (request.acrossLines() ? " cannot cross paragraphs" : " cannot cross paragraphs or lines"));
    } else if (request.occurrence() > matches.size()) {
      diagnostics.error(Code.QUOTE_NOT_FOUND, request.quotePos(), noun + " occurs " + matches.size() + " time(s) in " + where
          + ", but `occurrence: " + request.occurrence() + "` was asked for", "lower `occurrence:`");
    } else if (matches.size() > 1 && request.occurrence() == 0) {
      diagnostics.error(Code.QUOTE_AMBIGUOUS, request.quotePos(), noun + " occurs " + matches.size() + " times: in "
              + String.join(", ", matches.stream().map(m -> m.first().anchor()).distinct().toList()),
          "add `paragraph:` with one of these anchors (or `line:` in verse), or `occurrence:` (1-based), or quote more words");
    } else {
      return Optional.of(matches.get(Math.max(0, request.occurrence() - 1)));
    }
    return Optional.empty();
  }

  private static void reportUnknownAnchor(Text text, String anchor, SourcePos pos, Diagnostics diagnostics) {
    List<String> anchors = text.blocks().stream().map(Block::anchor).toList();
    diagnostics.error(Code.UNKNOWN_ANCHOR, pos, "text `" + text.id() + "` has no paragraph `" + anchor + "`",
        DidYouMean.phrase(anchor, anchors).orElseGet(() -> text.blocks().stream().filter(b -> b.kind() == BlockKind.PARAGRAPH)
            .findFirst().map(b -> "its first paragraph is `" + b.anchor() + "`;").orElse(""))
            + " use an anchor the build derives; see the locators on the text's page");
  }

  private static int indexOf(Text text, String anchor) {
    List<Block> blocks = text.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).anchor().equals(anchor)) {
        return i;
      }
    }
    throw new IllegalStateException("a passage's block is not in its text: " + anchor);
  }
}
