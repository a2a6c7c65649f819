package org.apparatus.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apparatus.model.Block;
import org.apparatus.model.Text;
import org.apparatus.resolve.NotePlacement;
import org.apparatus.resolve.ResolvedEdition;

/** The text fragment that highlights each note's quoted words on its text's page. */
public final class QuoteFragments {
  private final ResolvedEdition resolved;

  public QuoteFragments(ResolvedEdition resolved) {
    this.resolved = resolved;
  }

  /** The words the note quotes, exactly as they stand in the paragraph. */
  public String exact(NotePlacement p) {
    return block(p).text().substring(p.start(), p.end());
  }

  public Block block(NotePlacement p) {
    Text text = resolved.edition().text(p.textId()).orElseThrow();
    return text.blocks().stream().filter(b -> b.anchor().equals(p.anchor())).findFirst().orElseThrow();
  }

  /** The fragment for a placed note: the paragraph anchor, then a text directive where one can be made. */
  public String fragment(NotePlacement p) {
    return p.anchor() + directive(p).map(TextFragment::directive).orElse("");
  }

  public Optional<TextFragment> directive(NotePlacement p) {
    Block block = block(p);
    // Each placed note shows its marker right after its quote: that is where the author's words break.
    List<Integer> breaks = resolved.placementsOf(p.textId(), p.anchor()).stream()
        .filter(other -> !other.noteId().equals(p.noteId())).map(NotePlacement::end).toList();
    String earlier = normalise(textBefore(p, block));
    return TextFragment.forQuote(block.text(), p.start(), p.end(), breaks,
        start -> earlier.contains(normalise(start)));
  }

  /** The page's words before the quote: the title, the headings (listed in the contents) and the text so far. */
  private String textBefore(NotePlacement p, Block block) {
    Text text = resolved.edition().text(p.textId()).orElseThrow();
    StringBuilder b = new StringBuilder(text.title()).append(' ').append(text.byline()).append(' ');
    text.blocks().stream().filter(x -> x.level() > 0).forEach(h -> b.append(h.text()).append(' '));
    for (Block x : text.blocks()) {
      if (x == block) {
        break;
      }
      b.append(x.text()).append(' ');
    }
    return b.append(block.text(), 0, p.start()).toString();
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
