package org.apparatus.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apparatus.export.JsonWriter;
import org.apparatus.model.Block;
import org.apparatus.model.BodyNode;
import org.apparatus.model.Note;
import org.apparatus.model.Text;
import org.apparatus.resolve.ResolvedEdition;
import org.jsoup.Jsoup;

/**
 * The short texts that hover and focus previews show: the words of a cross-referenced paragraph, note or glossary
 * entry, or a formatted reference. The site shares them in one script, {@link #PATH}, which every page that links to
 * something loads (a classic script, so previews work from disk too); pages do not repeat them.
 */
final class Previews {
  static final String PATH = "assets/previews.js";
  private static final int LIMIT = 280;
  private final ResolvedEdition resolved;
  private final Map<String, Set<String>> usedByPage = new HashMap<>();
  private final Map<String, String> texts = new HashMap<>();
  private final Map<String, String> bibliography;
  private final Map<String, String> termTips;
  private MarkdownRenderer markdown;

  Previews(ResolvedEdition resolved, Map<String, String> bibliography, Map<String, String> termTips) {
    this.resolved = resolved;
    this.bibliography = bibliography;
    this.termTips = termTips;
  }

  void useRenderer(MarkdownRenderer markdown) {
    this.markdown = markdown;
  }

  /** Records that the page at {@code pagePath} links to {@code key}; returns the key for a data attribute. */
  String use(String pagePath, String key) {
    usedByPage.computeIfAbsent(pagePath, p -> new TreeSet<>()).add(key);
    return key;
  }

  /** Whether the page at {@code pagePath} links to anything that has a preview. */
  boolean usedBy(String pagePath) {
    return List.copyOf(usedByPage.getOrDefault(pagePath, Set.of())).stream().anyMatch(key -> !text(key).isEmpty());
  }

  /** The shared script: every preview any page links to, as {@code window.apparatusPreviews}. */
  String script() {
    // Computing a note's preview renders its Markdown, which records further uses: read the keys first.
    Set<String> keys = new TreeSet<>();
    usedByPage.forEach((page, used) -> {
      if (!page.isEmpty()) {
        keys.addAll(used);
      }
    });
    Map<String, String> shown = new TreeMap<>();
    for (String key : keys) {
      String text = text(key);
      if (!text.isEmpty()) {
        shown.put(key, text);
      }
    }
    return "window.apparatusPreviews = " + JsonWriter.compact(shown) + ";\n";
  }

  private String text(String key) {
    return texts.computeIfAbsent(key, this::compute);
  }

  private String compute(String key) {
    if (key.startsWith("ref:")) {
      String html = bibliography.get(key.substring(4));
      return html == null ? "" : shorten(Jsoup.parse(html).text());
    }
    if (key.startsWith("term:")) {
      return termTips.getOrDefault(key.substring(5), "");
    }
    if (key.startsWith("note:")) {
      Note note = resolved.edition().note(key.substring(5)).orElse(null);
      if (note == null || markdown == null) {
        return "";
      }
      String verdict = note.verdict().map(v -> v.label() + ". ").orElse("");
      return shorten(verdict + markdown.render(note.body(), "").text());
    }
    int hash = key.indexOf('#');
    if (hash > 0) {
      String textId = key.substring(0, hash);
      String anchor = key.substring(hash + 1);
      for (Text t : resolved.edition().texts()) {
        if (t.id().equals(textId)) {
          for (Block b : t.blocks()) {
            if (b.anchor().equals(anchor)) {
              return shorten(b.text());
            }
          }
          for (BodyNode.Stanza s : t.stanzas()) {
            if (s.anchor().equals(anchor)) {
              return shorten(String.join(" / ", s.lines().stream().map(l -> l.block().text().strip()).toList()));
            }
          }
        }
      }
    }
    return "";
  }

  private static String shorten(String s) {
    String t = s.strip().replaceAll("\\s+", " ");
    if (t.length() <= LIMIT) {
      return t;
    }
    int cut = t.lastIndexOf(' ', LIMIT);
    return t.substring(0, cut > LIMIT / 2 ? cut : LIMIT).strip() + " …";
  }
}
