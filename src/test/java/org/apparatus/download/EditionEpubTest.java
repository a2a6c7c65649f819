package org.apparatus.download;

import org.apparatus.edition.BundledEdition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.apparatus.model.Edition;
import org.apparatus.model.Note;
import org.apparatus.model.NoteKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The EPUB of the real edition: valid for EPUBCheck, complete, with working notes and links and fixed metadata. */
@BundledEdition
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditionEpubTest {
  private Build.Result result;
  private Edition edition;
  private ZipEntries epub;
  private final Map<String, Document> parsed = new HashMap<>();

  @BeforeAll
  void buildEdition() throws java.io.IOException {
    result = Fixtures.sharedEdition().result();
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    edition = result.resolved().edition();
    byte[] bytes = result.files().get(DownloadPaths.of(edition.meta()).epub());
    assertNotNull(bytes, "the build publishes an EPUB");
    epub = ZipEntries.read(bytes);
  }

  @Test
  void mimetypeComesFirstUncompressed() {
    assertEquals("mimetype", epub.names().get(0));
    assertEquals(ZipEntry.STORED, epub.entries().get("mimetype").getMethod());
    assertEquals("application/epub+zip", epub.text("mimetype"));
    assertEquals("META-INF/container.xml", epub.names().get(1));
  }

  @Test
  void packageMetadataIsFixedByTheEdition() {
    Document opf = epub.xml("EPUB/package.opf");
    String id = opf.selectFirst("package").attr("unique-identifier");
    Element identifier = opf.getElementById(id);
    assertEquals(EpubPackage.identifier(edition.meta()), identifier.text());
    assertTrue(identifier.text().matches("urn:uuid:[0-9a-f-]{36}"), identifier.text());
    assertEquals("2026-12-01T00:00:00Z", opf.selectFirst("meta[property=dcterms:modified]").text());
    assertEquals(edition.meta().title(), opf.getElementsByTag("dc:title").first().text());
    assertEquals("en", opf.getElementsByTag("dc:language").first().text());
  }

  @Test
  void spineReadsInTheSiteOrderWithEachTextFollowedByItsNotes() {
    assertEquals(List.of("title.xhtml", "nav.xhtml", "page-introduction.xhtml", "text-movahedian.xhtml",
        "notes-movahedian.xhtml", "text-afrasiabi.xhtml", "notes-afrasiabi.xhtml", "page-method.xhtml",
        "page-chronology.xhtml", "glossary.xhtml", "references.xhtml"), spine());
  }

  @Test
  void bothTextsArePresentInFull() {
    for (String text : List.of("movahedian", "afrasiabi")) {
      Document site = Jsoup.parse(new String(result.files().get(text + "/index.html"), StandardCharsets.UTF_8));
      Document book = doc("text-" + text + ".xhtml");
      var blocks = site.select(".body .block[id]");
      assertTrue(blocks.size() > 4, text);
      for (Element block : blocks) {
        Element inBook = book.getElementById(block.id());
        assertNotNull(inBook, text + " lacks block " + block.id());
        assertEquals(words(block, ".sn, input, label, .tip, .loc, .block-backlinks"),
            words(inBook, ".noteref, .noteref-sep, .loc, .block-backlinks"), text + " block " + block.id());
      }
      assertEquals(blocks.size(), book.select(".block[id]").size(), text);
    }
  }

  @Test
  void everyNoteReferenceLeadsToItsEndnoteAndBack() {
    int references = 0;
    Set<String> endnotesReached = new HashSet<>();
    for (String file : spine()) {
      for (Element ref : doc(file).getElementsByAttributeValue("epub:type", "noteref")) {
        references++;
        Target note = Target.of(file, ref.attr("href"));
        Element endnote = doc(note.file()).getElementById(note.id());
        assertNotNull(endnote, "note reference " + ref.id() + " in " + file + " leads nowhere: " + ref.attr("href"));
        assertEquals("endnote", endnote.attr("epub:type"), note.toString());
        assertTrue(endnotesReached.add(note.toString()), "two references to " + note);
        Element back = endnote.selectFirst("a[role=doc-backlink]");
        assertNotNull(back, "endnote " + note + " has no back-link");
        assertEquals(new Target(file, ref.id()), Target.of(note.file(), back.attr("href")), "back-link of " + note);
        assertEquals(ref.text(), back.text(), "the endnote carries the number of its reference");
      }
    }
    int sideNotes = 0;
    int endnotes = 0;
    for (String text : List.of("movahedian", "afrasiabi")) {
      sideNotes += Jsoup.parse(new String(result.files().get(text + "/index.html"), StandardCharsets.UTF_8)).select("span.sn").size();
      var list = doc("notes-" + text + ".xhtml").getElementsByAttributeValue("epub:type", "endnote");
      endnotes += list.size();
      List<Integer> numbers = list.stream().map(n -> n.selectFirst("a[role=doc-backlink]").text())
          .filter(t -> !t.equals("*")).map(Integer::valueOf).toList();
      assertEquals(numbers.stream().sorted().toList(), numbers, "the endnotes of " + text + " are in the order of their numbers");
    }
    assertEquals(sideNotes, references, "every side note of the site has a reference in the EPUB");
    assertEquals(sideNotes, endnotes);
    assertEquals(edition.notes().size() + 1, endnotes, "every note of the edition, and the author's note");
  }

  @Test
  void factCheckVerdictsAreWrittenOut() {
    for (Note n : edition.notes()) {
      Element endnote = doc("notes-" + n.textId() + ".xhtml").getElementById("n-" + n.id());
      assertNotNull(endnote, n.id());
      if (n.kind() == NoteKind.FACT_CHECK) {
        assertTrue(endnote.selectFirst(".note-head").text().contains("Verdict: " + n.verdict().orElseThrow().label()),
            endnote.selectFirst(".note-head").text());
        assertTrue(endnote.text().contains("Checked " + n.checked()), n.id());
      }
    }
  }

  @Test
  void glossaryReferencesAndEditorialPagesArePresent() {
    Document glossary = doc("glossary.xhtml");
    edition.terms().forEach(t -> assertNotNull(glossary.getElementById("term-" + t.id()), t.id()));
    Document references = doc("references.xhtml");
    edition.references().forEach(r -> assertNotNull(references.getElementById("ref-" + r.key()), r.key()));
    edition.pages().forEach(p -> assertEquals(p.title(), doc("page-" + p.id() + ".xhtml").selectFirst("h1").text()));
  }

  @Test
  void everyInternalLinkResolvesAndNoScriptOrSiteLinkRemains() {
    List<String> problems = new ArrayList<>();
    for (String file : spine()) {
      Document doc = doc(file);
      if (!doc.select("script, input, label, [data-note]").isEmpty()) {
        problems.add(file + ": script, form control or site attribute left");
      }
      for (Element a : doc.select("a[href]")) {
        String href = a.attr("href");
        if (href.startsWith("https://") || href.startsWith("http://") || href.startsWith("mailto:")) {
          continue;
        }
        Target t = Target.of(file, href);
        if (!epub.bytes().containsKey("EPUB/" + t.file())) {
          problems.add(file + ": link to missing document " + href);
        } else if (!t.id().isEmpty() && doc(t.file()).getElementById(t.id()) == null) {
          problems.add(file + ": link to missing fragment " + href);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void navigationListsEveryDocumentAndTheTextsSections() {
    Document nav = doc("nav.xhtml");
    Element toc = nav.getElementsByAttributeValue("epub:type", "toc").first();
    assertNotNull(toc);
    Set<String> linked = new HashSet<>();
    toc.select("a[href]").forEach(a -> linked.add(a.attr("href")));
    for (String file : spine()) {
      assertTrue(file.equals("nav.xhtml") || linked.contains(file), "contents lack " + file);
    }
    assertTrue(linked.contains("text-movahedian.xhtml#s5-3"), "the text's numbered sections are in the contents");
  }

  @Test
  void epubPassesEpubCheckWithoutErrorsOrWarnings(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("edition.epub");
    Files.write(file, result.files().get(DownloadPaths.of(edition.meta()).epub()));
    assertEquals(List.of(), EpubProblems.of(file), "EPUBCheck " + EpubCheck.version() + " reported problems");
  }

  private List<String> spine() {
    Document opf = epub.xml("EPUB/package.opf");
    List<String> files = new ArrayList<>();
    for (Element ref : opf.select("spine > itemref")) {
      files.add(opf.selectFirst("manifest > item[id=" + ref.attr("idref") + "]").attr("href"));
    }
    return files;
  }

  private Document doc(String file) {
    return parsed.computeIfAbsent(file, f -> epub.xml("EPUB/" + f));
  }

  private static String words(Element e, String without) {
    Element copy = e.clone();
    copy.select(without).remove();
    return copy.text();
  }

  /** A link target inside the EPUB's content directory: a document and a fragment (may be empty). */
  record Target(String file, String id) {
    static Target of(String from, String href) {
      int hash = href.indexOf('#');
      String file = hash < 0 ? href : href.substring(0, hash);
      return new Target(file.isEmpty() ? from : file, hash < 0 ? "" : href.substring(hash + 1));
    }
  }
}
