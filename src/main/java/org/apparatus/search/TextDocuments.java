package org.apparatus.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apparatus.model.Text;
import org.apparatus.search.SearchDocument.Kind;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The search documents of a rendered text page: its head, its blocks and the notes in its margin. */
final class TextDocuments {
  /**
   * What the text renderer adds around the author's words: locator links, note toggles, markers and
   * bodies, term tooltips, backlinks and list numbers. None of it belongs to a block's own text.
   */
  static final String APPARATUS_CHROME = ".loc, .nt, .mk, .lem-ref, .sn, .tip, .block-backlinks, .li-num, .cite-jump";

  private TextDocuments() {}

  static List<SearchDocument> of(Text text, String path, Document page) {
    String surname = text.shortName();
    Map<String, String> locators = new HashMap<>();
    text.blocks().forEach(b -> locators.put(b.anchor(), b.locator()));
    List<SearchDocument> docs = new ArrayList<>();
    head(text, path, page, surname, docs);
    for (Element block : page.select(".body .block[id]")) {
      String locator = locators.get(block.id());
      if (locator == null) {
        continue;
      }
      String words = withoutChrome(block).text();
      if (!words.isEmpty()) {
        docs.add(new SearchDocument(Kind.TEXT, path + "#" + block.id(), surname + " " + locator, "", words));
      }
    }
    for (Element note : page.select(".body .block[id] .sn.note[id]")) {
      Element block = note.closest(".block[id]");
      String at = block == null ? "" : " " + locators.getOrDefault(block.id(), "");
      docs.add(new SearchDocument(Kind.NOTE, path + "#" + note.id(),
          surname + at + ", note " + textOf(note, ".nn"), detail(note), noteText(note)));
    }
    for (Element entry : page.select(".apparatus-criticus .app-entry[id]")) {
      // the entry as printed ("¶4 little] A; nothing P"), so that a reader searching a witness's words finds it
      String at = textOf(entry, ".app-loc");
      docs.add(new SearchDocument(Kind.VARIANT, path + "#" + entry.id(), surname + " " + at + ", apparatus", "Variant reading",
          entry.text().substring(Math.min(entry.text().length(), at.length())).strip()));
    }
    return docs;
  }

  /** Title, byline, dateline and source line as one document, plus the author's note if there is one. */
  private static void head(Text text, String path, Document page, String surname, List<SearchDocument> docs) {
    Element head = page.selectFirst(".text-head");
    if (head == null) {
      return;
    }
    Element authorNote = head.selectFirst(".sn.note[id]");
    Element clone = withoutChrome(head);
    clone.select("h1").remove();
    docs.add(new SearchDocument(Kind.TEXT, path, text.title(), "", clone.text()));
    if (authorNote != null) {
      docs.add(new SearchDocument(Kind.NOTE, path + "#" + authorNote.id(), surname + ", author's note", "Author's note",
          textOf(authorNote, ".nb")));
    }
  }

  /** "Fact-check · Inaccurate": the note's kind and, for fact-checks, its verdict label. */
  private static String detail(Element note) {
    String kind = textOf(note, ".nh .nk");
    String verdict = textOf(note, ".nh .badge");
    return verdict.isEmpty() ? kind : kind + " · " + verdict;
  }

  /** The claim as stated (when shown) and the body; the check date and backlinks are left out. */
  private static String noteText(Element note) {
    String claim = textOf(note, ".claim");
    String body = textOf(note, ".nb");
    return claim.isEmpty() ? body : claim + " " + body;
  }

  private static String textOf(Element root, String selector) {
    Element e = root.selectFirst(selector);
    return e == null ? "" : e.text();
  }

  private static Element withoutChrome(Element e) {
    Element clone = e.clone();
    clone.select(APPARATUS_CHROME).remove();
    return clone;
  }
}
