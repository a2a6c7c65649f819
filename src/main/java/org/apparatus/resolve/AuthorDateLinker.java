package org.apparatus.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apparatus.model.Block;
import org.apparatus.model.BlockKind;
import org.apparatus.model.Text;

/**
 * Links a text's own author-date citations, e.g. "(Danesh Nia, 2015, pp. 68–74)", to the
 * matching entry of the text's own reference list (a list item starting with that name and
 * containing that year).
 */
public final class AuthorDateLinker {
  private static final Pattern CITATION = Pattern.compile("\\(([^()]{2,80}?),\\s*(?:[A-Z][a-z]+ \\d{1,2},\\s*)?(\\d{4})(?:,[^()]*)?\\)");

  private AuthorDateLinker() {}

  /** Citation hits per block key ({@code text#anchor}). */
  static Map<String, List<CitationHit>> link(Text text) {
    List<Block> entries = text.blocks().stream().filter(b -> b.kind() == BlockKind.LIST_ITEM && b.list() != null && b.list().ordered()).toList();
    Map<String, List<CitationHit>> hits = new LinkedHashMap<>();
    if (entries.isEmpty()) {
      return hits;
    }
    for (Block block : text.blocks()) {
      if (block.kind() != BlockKind.PARAGRAPH) {
        continue;
      }
      Matcher m = CITATION.matcher(block.text());
      while (m.find()) {
        String first = m.group(1).split("[,&]")[0].strip().toLowerCase(Locale.ROOT).replaceFirst("\\.ir$", "");
        String year = m.group(2);
        List<Block> byName = entries.stream().filter(e -> !first.isEmpty() && normalised(e).startsWith(first)).toList();
        List<Block> byNameAndYear = byName.stream().filter(e -> e.text().contains(year)).toList();
        List<Block> match = byNameAndYear.size() == 1 ? byNameAndYear : byName;
        if (match.size() == 1) {
          Block entry = match.get(0);
          hits.computeIfAbsent(text.id() + "#" + block.anchor(), k -> new ArrayList<>())
              .add(new CitationHit(text.id(), block.anchor(), m.start(), m.end(), entry.anchor(), entry.locator()));
        }
      }
    }
    return hits;
  }

  private static String normalised(Block entry) {
    return entry.text().strip().toLowerCase(Locale.ROOT);
  }

  /** A text's citation of an entry in its own reference list. */
  public record CitationHit(String textId, String anchor, int start, int end, String entryAnchor, String entryLocator) {}
}
