package org.apparatus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.plan.Planner;
import org.apparatus.search.SearchDocument.Kind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The search documents of the basic fixture edition: what each holds, what it leaves out, where it links. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchDocumentsTest {
  private Build.Result result;
  private List<SearchDocument> docs;

  @BeforeAll
  void build(@TempDir Path tmp) {
    result = Fixtures.build(Fixtures.RESOURCES.resolve("fixtures/basic"), Fixtures.TEMPLATES, tmp.resolve("site"), true, false);
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    var plan = new Planner(new Diagnostics()).plan(result.resolved().edition());
    docs = SearchDocuments.collect(result.resolved(), plan, result.site());
  }

  private SearchDocument at(String url) {
    return docs.stream().filter(d -> d.url().equals(url)).findFirst()
        .orElseThrow(() -> new AssertionError("no search document for " + url + " in " + docs.stream().map(SearchDocument::url).toList()));
  }

  @Test
  void everyUrlNamesAnElementOfItsPage() {
    for (SearchDocument d : docs) {
      String[] parts = d.url().split("#", 2);
      byte[] html = result.files().get(parts[0]);
      assertNotNull(html, "page of " + d.url());
      if (parts.length == 2) {
        Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        assertNotNull(page.getElementById(parts[1]), "element with id " + parts[1] + " on " + parts[0]);
      }
    }
  }

  @Test
  void everyBlockOfEveryTextIsADocumentLabelledWithItsLocator() {
    for (var text : result.resolved().edition().texts()) {
      Set<String> urls = docs.stream().filter(d -> d.kind() == Kind.TEXT).map(SearchDocument::url).collect(Collectors.toSet());
      for (var block : text.blocks()) {
        assertTrue(urls.contains(text.id() + "/index.html#" + block.anchor()), block.anchor());
      }
    }
    SearchDocument paragraph = at("alpha/index.html#abstract-p1");
    assertEquals(Kind.TEXT, paragraph.kind());
    assertEquals("Alpha Abstract ¶1", paragraph.title());
    assertEquals("The river Aras forms a border. The treaty of 1828 fixed it (Author, 2015, p. 3).", paragraph.text(),
        "the author's words without locator, note marker, note body or term tooltip");
    assertEquals("second factor about the Aras", at("alpha/index.html#s1-i2").text(), "list items without their number");
    assertEquals("Alpha §1, item 2", at("alpha/index.html#s1-i2").title());
    assertEquals("Beta ¶2", at("beta/index.html#p2").title());
  }

  @Test
  void notesCarryNumberKindVerdictAndBodyButNotTheirBacklinksOrDate() {
    SearchDocument margin = at("alpha/index.html#n-aras-context");
    assertEquals(Kind.NOTE, margin.kind());
    assertEquals("Alpha Abstract ¶1, note 1", margin.title());
    assertEquals("Note", margin.detail());
    assertEquals("The Aras became the border in 1828 (Jones 1999). See Beta ¶1 and Aras.", margin.text());

    SearchDocument check = at("beta/index.html#n-summit");
    assertEquals("Beta ¶1, note 1", check.title());
    assertEquals("Fact-check · Inaccurate", check.detail());
    assertEquals("It was elsewhere (Smith 2020). Compare Alpha §1 ¶1 and note 2 (Alpha).", check.text());

    SearchDocument withClaim = at("alpha/index.html#n-overlap-a");
    assertEquals("Fact-check · Supported with context", withClaim.detail());
    assertEquals("Claim: The corridor runs through the south. Broadly right (Smith 2020, p. 5).", withClaim.text());
    assertEquals("Editorial note", at("alpha/index.html#n-same-span").detail());

    long notes = docs.stream().filter(d -> d.kind() == Kind.NOTE && d.url().contains("#n-")).count();
    assertEquals(result.resolved().edition().notes().size(), notes, "every note once");
  }

  @Test
  void theAuthorsNoteAndTheTextHeadAreSearchable() {
    assertEquals("Ada Alpha teaches at a university.", at("alpha/index.html#author-note").text());
    SearchDocument head = at("alpha/index.html");
    assertEquals("Alpha: An Essay", head.title());
    assertEquals("Ada Alpha 2025-01-02 Reproduced for commentary.", head.text(), "byline, date and rights without the author's note");
  }

  @Test
  void glossaryEntriesCarryTermAliasesAndDefinition() {
    SearchDocument aras = at("glossary/index.html#term-aras");
    assertEquals(Kind.TERM, aras.kind());
    assertEquals("Aras", aras.title());
    assertEquals("also: Araks", aras.detail());
    assertEquals("A river (Jones 1999).", aras.text());
    assertEquals("", at("glossary/index.html#term-corridor").detail());
  }

  @Test
  void referencesCarryTheWorksTitleAndTheFormattedEntry() {
    SearchDocument smith = at("references/index.html#ref-smith2020");
    assertEquals(Kind.REFERENCE, smith.kind());
    assertEquals("A Report on Corridors", smith.title());
    assertEquals("Smith, Jane. 2020. “A Report on Corridors.” Example News, May 1. https://example.org/report.", smith.text());
    assertEquals(2, docs.stream().filter(d -> d.kind() == Kind.REFERENCE).count());
  }

  @Test
  void editorialPagesAreSplitAtTheirHeadings() {
    SearchDocument method = at("about/index.html#method");
    assertEquals(Kind.PAGE, method.kind());
    assertEquals("About › Method", method.title());
    assertTrue(method.text().startsWith("This page cites (Smith 2020)"), method.text());
    assertEquals(1, docs.stream().filter(d -> d.kind() == Kind.PAGE).count(), "no empty section before the first heading");
  }

  @Test
  void theBuildPublishesTheDocumentsAsAClassicScript() {
    String script = new String(result.files().get(SearchData.PATH), StandardCharsets.UTF_8);
    assertEquals(SearchData.script(docs), script);
    assertTrue(script.contains("\nwindow.APPARATUS_SEARCH = {\"fields\":[\"kind\",\"url\",\"title\",\"detail\",\"text\"],\"documents\":[\n"),
        script);
    assertTrue(script.contains("\n[\"text\",\"beta/index.html#p2\",\"Beta ¶2\",\"\",\"Beta's second paragraph, with a—dash and a \\\"straight quote\\\".\"],\n"),
        "one document per line, JSON-quoted");
    assertTrue(script.contains("Other, B. \\u003c\\u003chttps://example.org/x>>"), "angle brackets escaped");
    assertTrue(script.endsWith("\"]\n]};\n"));
    assertEquals(docs.size(), script.lines().filter(l -> l.startsWith("[")).count());
  }

  @Test
  void theSearchPageLoadsTheDataAndTheLibraryAsClassicScripts() {
    Document page = Jsoup.parse(new String(result.files().get("search/index.html"), StandardCharsets.UTF_8));
    List<String> scripts = page.select("head script[src]").eachAttr("src");
    assertEquals(List.of("../assets/vendor/minisearch.js", "../assets/search-data.js", "../assets/search.js"), scripts);
    page.select("script").forEach(s -> assertFalse(s.attr("type").equals("module"), "no ES modules on file://"));
    assertTrue(result.files().containsKey("assets/vendor/minisearch.LICENSE.txt"), "the library ships with its licence");
    assertTrue(page.getElementById("search-nojs").text().startsWith("Search needs JavaScript"));
  }

  @Test
  void everyOtherPageHasAHeaderFormSubmittingToTheSearchPage() {
    for (Map.Entry<String, byte[]> e : result.files().entrySet()) {
      if (!e.getKey().endsWith(".html") || e.getKey().equals("search/index.html")) {
        continue;
      }
      Document page = Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8));
      var form = page.selectFirst("header.site form[role=search]");
      assertNotNull(form, e.getKey());
      String expected = e.getKey().contains("/") ? "../search/index.html" : "search/index.html";
      assertEquals(expected, form.attr("action"), e.getKey());
      assertEquals("get", form.attr("method"));
      assertNotNull(form.selectFirst("input[name=q]"), e.getKey());
    }
  }
}
