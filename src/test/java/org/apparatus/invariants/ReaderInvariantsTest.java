package org.apparatus.invariants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.apparatus.model.Note;
import org.apparatus.model.Term;
import org.apparatus.model.Text;
import org.apparatus.model.Variant;
import org.apparatus.resolve.NotePlacement;
import org.apparatus.resolve.QuoteMatcher;
import org.apparatus.resolve.VariantPlacement;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader gets, checked over the whole built site of the bundled edition and of every fixture edition:
 * each glossary link wraps exactly its term, each highlight exactly its note's quote, each lemma mark exactly its
 * variant entry's quote (and entry and lemma link to each other), every word of each text's source is on its page
 * in order, ids are unique and in-page links land.
 */
class ReaderInvariantsTest {
  @TempDir
  Path tmp;

  @TestFactory
  Stream<DynamicContainer> everyEditionHoldsTheReaderInvariants() throws IOException {
    List<Path> roots = new ArrayList<>();
    roots.add(Fixtures.PROJECT);
    try (Stream<Path> fixtures = Files.list(Fixtures.RESOURCES.resolve("fixtures"))) {
      fixtures.sorted().forEach(roots::add);
    }
    return roots.stream().map(root -> DynamicContainer.dynamicContainer(
        root.equals(Fixtures.PROJECT) ? "bundled edition" : root.getFileName().toString(), checks(root)));
  }

  private Stream<DynamicTest> checks(Path root) {
    Build.Result result = root.equals(Fixtures.PROJECT) ? bundledEdition()
        : Fixtures.build(root, Fixtures.TEMPLATES, tmp.resolve(root.getFileName() + "-site"), false, false);
    return Stream.of(
        DynamicTest.dynamicTest("builds without errors", () -> assertFalse(result.diagnostics().hasErrors(),
            () -> result.diagnostics().sorted().toString())),
        DynamicTest.dynamicTest("every glossary link wraps exactly its term", () -> termLinks(result)),
        DynamicTest.dynamicTest("every highlight covers exactly its quote", () -> highlights(result)),
        DynamicTest.dynamicTest("every lemma mark covers exactly its quote and its entry links to it", () -> lemmas(result)),
        DynamicTest.dynamicTest("every source word is on the page, in order", () -> sourceWords(root, result)),
        DynamicTest.dynamicTest("ids are unique and in-page links land", () -> idsAndFragments(result)));
  }

  private static Build.Result bundledEdition() {
    try {
      return Fixtures.sharedEdition().result();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Document page(Build.Result result, Text text) {
    byte[] html = result.files().get(result.plan().page(text.id()).path());
    return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
  }

  private static void termLinks(Build.Result result) {
    Map<String, Term> terms = new LinkedHashMap<>();
    result.resolved().edition().terms().forEach(t -> terms.put(t.id(), t));
    int checked = 0;
    List<String> wrong = new ArrayList<>();
    for (Text text : result.resolved().edition().texts()) {
      Document doc = page(result, text);
      for (Element block : doc.select(".body .block[id]")) {
        Map<String, StringBuilder> words = new LinkedHashMap<>();
        for (Element a : block.select("a.term[data-term]")) {
          if (a.closest(".block[id]") == block) {
            words.computeIfAbsent(a.attr("data-term"), k -> new StringBuilder()).append(a.text());
          }
        }
        for (Map.Entry<String, StringBuilder> e : words.entrySet()) {
          checked++;
          if (!terms.get(e.getKey()).spellings().contains(e.getValue().toString())) {
            wrong.add(text.id() + "#" + block.id() + ": link to " + e.getKey() + " wraps \"" + e.getValue() + "\"");
          }
        }
      }
    }
    int expected = result.resolved().termHits().values().stream().mapToInt(List::size).sum();
    assertTrue(wrong.isEmpty(), () -> wrong.size() + " of " + expected + " glossary links wrap other words:\n" + String.join("\n", wrong));
    assertEquals(expected, checked, "every linked term occurrence is on its page");
  }

  private static void highlights(Build.Result result) {
    List<String> wrong = new ArrayList<>();
    Map<String, NotePlacement> placements = result.resolved().notePlacements();
    for (Text text : result.resolved().edition().texts()) {
      Document doc = page(result, text);
      for (Note note : result.resolved().edition().notes()) {
        if (!note.textId().equals(text.id()) || !placements.containsKey(note.id())) {
          continue;
        }
        StringBuilder covered = new StringBuilder();
        Element lastBlock = null;
        for (Element q : doc.select("span.q[data-note=n-" + note.id() + "]")) {
          // a quote across lines of verse is highlighted line by line: the line end stands between the parts
          Element block = q.closest(".block");
          if (lastBlock != null && block != lastBlock) {
            covered.append('\n');
          }
          lastBlock = block;
          covered.append(q.wholeText());
        }
        List<QuoteMatcher.Span> found = QuoteMatcher.findAll(covered.toString(), note.quote());
        boolean exact = found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == covered.length();
        if (!exact) {
          wrong.add(note.id() + ": highlight \"" + covered + "\" for quote \"" + note.quote() + "\"");
        }
      }
    }
    assertTrue(wrong.isEmpty(), () -> wrong.size() + " highlights miss their quote:\n" + String.join("\n", wrong));
  }

  private static void lemmas(Build.Result result) {
    List<String> wrong = new ArrayList<>();
    int entries = 0;
    for (Text text : result.resolved().edition().texts()) {
      Document doc = page(result, text);
      for (Variant variant : result.resolved().edition().variants()) {
        VariantPlacement p = result.resolved().variantPlacements().get(variant.id());
        if (!variant.textId().equals(text.id()) || p == null) {
          continue;
        }
        StringBuilder covered = new StringBuilder();
        for (Element lemma : doc.select("#" + p.anchor() + " span.lemma[data-variant=" + variant.entryAnchor() + "]")) {
          covered.append(lemma.wholeText());
        }
        List<QuoteMatcher.Span> found = QuoteMatcher.findAll(covered.toString(), variant.quote());
        if (found.size() != 1 || found.get(0).start() != 0 || found.get(0).end() != covered.length()) {
          wrong.add(variant.id() + ": lemma mark \"" + covered + "\" for quote \"" + variant.quote() + "\"");
        }
        Element entry = doc.getElementById(variant.entryAnchor());
        Element lemma = doc.getElementById(variant.lemmaAnchor());
        if (entry == null || !entry.hasClass("app-entry") || lemma == null || !lemma.hasClass("lemma")) {
          wrong.add(variant.id() + ": no apparatus entry or no lemma on the page");
          continue;
        }
        entries++;
        if (entry.select("a[href=#" + variant.lemmaAnchor() + "]").isEmpty()) {
          wrong.add(variant.id() + ": the entry does not link to its lemma");
        }
        if (doc.select("#" + p.anchor() + " a.lem-ref[href=#" + variant.entryAnchor() + "]").size() != 1) {
          wrong.add(variant.id() + ": the lemma does not link back to its entry");
        }
      }
      int shown = doc.select(".apparatus-criticus .app-entry").size();
      if (shown != result.resolved().apparatusOf(text.id()).size()) {
        wrong.add(text.id() + ": " + shown + " apparatus entries on the page for " + result.resolved().apparatusOf(text.id()).size() + " placed");
      }
    }
    assertTrue(wrong.isEmpty(), () -> wrong.size() + " lemma problems:\n" + String.join("\n", wrong));
    assertEquals(result.resolved().variantPlacements().size(), entries, "every placed variant entry is on its page");
  }

  private static void sourceWords(Path root, Build.Result result) throws IOException {
    for (Text text : result.resolved().edition().texts()) {
      String source = Files.readString(root.resolve(text.pos().path()), StandardCharsets.UTF_8);
      SourceWords words = SourceWords.of(source);
      Document doc = page(result, text);
      Element body = doc.selectFirst(".body").clone();
      List<Element> footnotes = new ArrayList<>(body.select(".sn.fn"));
      body.select(".loc, .mk, .lem-ref, .nt, .sn, .tip, .block-backlinks").remove();
      // Markdown writes a table's caption below it; HTML shows it above.
      body.select("table > caption").forEach(c -> c.parent().appendChild(c));
      assertInOrder(text.id() + " body", words.body(), SourceWords.words(body.text()));
      Map<String, List<String>> shown = new LinkedHashMap<>();
      for (Element fn : footnotes) {
        Element copy = fn.clone();
        copy.select(".nh, .mk, .nt, .sn:not(.fn), .tip, .block-backlinks").remove();
        shown.put(fn.id(), SourceWords.words(copy.text()));
      }
      for (Map.Entry<String, List<String>> f : words.footnotes().entrySet()) {
        String anchor = org.apparatus.parse.TextParser.footnoteAnchor(f.getKey());
        assertTrue(shown.containsKey(anchor), text.id() + ": the author's footnote " + f.getKey() + " is not on the page");
        assertInOrder(text.id() + " footnote " + f.getKey(), f.getValue(), shown.get(anchor));
      }
    }
  }

  private static void assertInOrder(String where, List<String> expected, List<String> actual) {
    int at = 0;
    for (int i = 0; i < expected.size(); i++) {
      String w = expected.get(i);
      int found = actual.subList(at, actual.size()).indexOf(w);
      if (found < 0) {
        int from = Math.max(0, i - 8);
        throw new AssertionError(where + ": source word \"" + w + "\" (after \"" + String.join(" ", expected.subList(from, i))
            + "\") is missing from the page after word " + at + " of " + actual.size());
      }
      at += found + 1;
    }
  }

  private static void idsAndFragments(Build.Result result) {
    for (Map.Entry<String, byte[]> e : result.files().entrySet()) {
      if (!e.getKey().endsWith(".html")) {
        continue;
      }
      Document doc = Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8));
      Set<String> ids = new HashSet<>();
      for (Element el : doc.select("[id]")) {
        assertTrue(ids.add(el.id()), e.getKey() + ": id `" + el.id() + "` is used twice");
      }
      for (Element a : doc.select("a[href^=#]")) {
        String fragment = a.attr("href").substring(1);
        assertTrue(fragment.isEmpty() || ids.contains(fragment) || fragment.startsWith(":~:"),
            e.getKey() + ": link to #" + fragment + " lands nowhere");
      }
    }
  }
}
