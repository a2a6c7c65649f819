package org.apparatus.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apparatus.model.BibEntry;
import org.apparatus.model.Edition;
import org.apparatus.model.Term;
import org.apparatus.plan.SitePlan.PlannedPage;
import org.apparatus.search.SearchDocument.Kind;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The search documents of the glossary, the reference list and the editorial pages. */
final class EditorialDocuments {
  private EditorialDocuments() {}

  /** One document per glossary entry: the term, its aliases and its definition. */
  static List<SearchDocument> terms(Edition edition, String path, Document page) {
    Map<String, Term> byId = new HashMap<>();
    edition.terms().forEach(t -> byId.put(t.id(), t));
    List<SearchDocument> docs = new ArrayList<>();
    for (Element entry : page.select(".term-entry[id^=term-]")) {
      Term term = byId.get(entry.id().substring("term-".length()));
      Element definition = entry.selectFirst(".definition");
      if (term == null || definition == null) {
        continue;
      }
      String aliases = term.aliases().isEmpty() ? "" : "also: " + String.join(", ", term.aliases());
      docs.add(new SearchDocument(Kind.TERM, path + "#" + entry.id(), term.term(), aliases, definition.text()));
    }
    return docs;
  }

  /** One document per entry of the reference list: the work's title and the formatted entry. */
  static List<SearchDocument> references(Edition edition, String path, Document page) {
    Map<String, String> titles = new HashMap<>();
    for (BibEntry e : edition.references()) {
      titles.put(e.key(), e.item().getTitle() == null ? e.key() : e.item().getTitle());
    }
    List<SearchDocument> docs = new ArrayList<>();
    for (Element item : page.select("li[id^=ref-]")) {
      String key = item.id().substring("ref-".length());
      Element entry = item.selectFirst(".entry");
      if (entry != null) {
        docs.add(new SearchDocument(Kind.REFERENCE, path + "#" + item.id(), titles.getOrDefault(key, key), "", entry.text()));
      }
    }
    return docs;
  }

  /**
   * One document per section of an editorial page: the words from one {@code h2}/{@code h3} with an
   * id up to the next; the words before the first heading link to the page itself.
   */
  static List<SearchDocument> sections(PlannedPage planned, Document page) {
    Element article = page.selectFirst("article.editorial");
    List<SearchDocument> docs = new ArrayList<>();
    if (article == null) {
      return docs;
    }
    String url = planned.path();
    String title = planned.title();
    StringBuilder words = new StringBuilder();
    for (Element child : article.children()) {
      if (child.nameIs("h1") || child.hasClass("toc")) {
        continue;
      }
      if ((child.nameIs("h2") || child.nameIs("h3")) && !child.id().isEmpty()) {
        addSection(docs, url, title, words);
        url = planned.path() + "#" + child.id();
        title = planned.title() + " › " + child.text();
        continue;
      }
      words.append(words.isEmpty() ? "" : " ").append(child.text());
    }
    addSection(docs, url, title, words);
    return docs;
  }

  private static void addSection(List<SearchDocument> docs, String url, String title, StringBuilder words) {
    if (!words.isEmpty()) {
      docs.add(new SearchDocument(Kind.PAGE, url, title, "", words.toString().strip()));
      words.setLength(0);
    }
  }
}
