package org.apparatus.export;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import org.apparatus.model.Block;
import org.apparatus.model.Note;
import org.apparatus.model.Text;
import org.apparatus.resolve.NotePlacement;
import org.apparatus.resolve.ResolvedEdition;
import org.apparatus.resolve.VariantPlacement;

/** The text fragment that highlights each note's quoted words on its text's page. */
public final class QuoteFragments {
  private final ResolvedEdition resolved;
  /** Made on first use; the texts are exported side by side. */
  private final Map<String, PageWords> pages = new ConcurrentHashMap<>();

  /**
   * Roughly the words of a text's page in reading order, lower-cased with single spaces: title, byline,
   * author's note, the headings (listed in the contents), then each block followed by its notes.
   * {@code blockStarts[i]} is where block {@code i} begins.
   */
  private record PageWords(String words, int[] blockStarts) {}

  public QuoteFragments(ResolvedEdition resolved) {
    this.resolved = resolved;
  }

  /** The words the note quotes, exactly as they stand in the paragraph; across lines of verse, one line each. */
  public String exact(NotePlacement p) {
    Text text = text(p);
    StringBuilder b = new StringBuilder();
    for (NotePlacement.Segment g : p.segments()) {
      Block block = text.blocks().stream().filter(x -> x.anchor().equals(g.anchor())).findFirst().orElseThrow();
      b.append(b.isEmpty() ? "" : "\n").append(block.text(), g.start(), g.end());
    }
    return b.toString();
  }

  public Block block(NotePlacement p) {
    return text(p).blocks().stream().filter(b -> b.anchor().equals(p.anchor())).findFirst().orElseThrow();
  }

  /** The fragment for a placed note: the paragraph anchor, then a text directive where one can be made. */
  public String fragment(NotePlacement p) {
    return p.anchor() + directive(p).map(TextFragment::directive).orElse("");
  }

  public Optional<TextFragment> directive(NotePlacement p) {
    Text text = text(p);
    Block block = block(p);
    PageWords page = pages.computeIfAbsent(text.id(), id -> pageWords(text));
    int blockStart = page.blockStarts()[text.blocks().indexOf(block)];
    // Each placed note shows its marker and body right after its quote: there the author's words break.
    List<NotePlacement> others = resolved.placementsOf(p.textId(), p.anchor()).stream()
        .filter(other -> !other.noteId().equals(p.noteId()) && other.anchor().equals(p.anchor())).toList();
    String sameBlockBefore = normalise(notesText(others.stream().filter(o -> o.end() <= p.start()).toList())
        + " " + block.text().substring(0, p.start()));
    String between = normalise(notesText(others.stream().filter(o -> o.end() > p.start() && o.end() < p.end()).toList()));
    // so do the links after lemmas of the apparatus criticus
    List<Integer> breaks = java.util.stream.Stream.concat(others.stream().map(NotePlacement::end),
        resolved.variantsOf(p.textId(), p.anchor()).stream().map(VariantPlacement::end)).sorted().distinct().toList();
    Optional<TextFragment> first = TextFragment.forQuote(block.text(), p.start(), p.end(), breaks,
        words -> occursBefore(page.words(), blockStart, normalise(words)) || sameBlockBefore.contains(normalise(words)),
        words -> between.contains(normalise(words)));
    if (p.segments().size() == 1) {
      return first;
    }
    // a quote across lines of verse: from its first words on the first line to its last words on the last
    NotePlacement.Segment last = p.last();
    Block lastBlock = text.blocks().stream().filter(b -> b.anchor().equals(last.anchor())).findFirst().orElseThrow();
    List<String> lastWords = List.of(lastBlock.text().substring(last.start(), last.end()).strip().split("\\s+"));
    String end = String.join(" ", lastWords.subList(Math.max(0, lastWords.size() - TextFragment.EDGE_WORDS), lastWords.size()));
    return first.map(f -> new TextFragment(f.prefix(), f.start(), end));
  }

  /**
   * Whether {@code needle} occurs in {@code words} ending at or before {@code end}: so does its first occurrence, if
   * any does. (A forward search, which the JVM vectorises, reads about as far as a backward one from {@code end}.)
   */
  private static boolean occursBefore(String words, int end, String needle) {
    int first = words.indexOf(needle);
    return first >= 0 && first + needle.length() <= end;
  }

  private PageWords pageWords(Text text) {
    StringBuilder b = new StringBuilder(normalise(text.title() + " " + text.byline() + " " + text.authorNote()));
    text.blocks().stream().filter(x -> x.level() > 0).forEach(h -> b.append(' ').append(normalise(h.text())));
    int[] starts = new int[text.blocks().size()];
    for (int i = 0; i < starts.length; i++) {
      Block x = text.blocks().get(i);
      b.append(' ');
      starts[i] = b.length();
      b.append(normalise(x.text())).append(' ').append(normalise(notesText(resolved.placementsOf(text.id(), x.anchor()))));
    }
    return new PageWords(b.toString(), starts);
  }

  /** What the notes show besides the text: kind, verdict, claim, body (as written) and date. */
  private String notesText(List<NotePlacement> placements) {
    StringBuilder b = new StringBuilder();
    for (NotePlacement o : placements) {
      Note n = resolved.edition().note(o.noteId()).orElse(null);
      b.append(n.kind().label()).append(' ').append(n.verdict().map(v -> v.label()).orElse("")).append(' ')
          .append(n.claim()).append(' ').append(n.body().document().getChars()).append(' ').append(n.checked()).append(' ');
    }
    return b.toString();
  }

  private Text text(NotePlacement p) {
    return resolved.edition().text(p.textId()).orElseThrow();
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
