package org.apparatus.export;

import org.apparatus.edition.BundledEdition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.apparatus.model.Note;
import org.apparatus.model.NoteKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The edition's JSON-LD exports, built with a base URL as on GitHub Pages: they parse, expand
 * against the W3C annotation context without losing a term, have the shape the models require,
 * and quote the built pages exactly.
 */
@BundledEdition
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonLdExportTest {
  static final String BASE = "https://example.org/edition/";
  static final Path CONTEXTS = Fixtures.RESOURCES.resolve("jsonld");
  private Build.Result result;
  private final Map<String, Document> pages = new HashMap<>();

  @BeforeAll
  void buildWithBaseUrl() throws java.io.IOException {
    result = Fixtures.sharedEdition(BASE).result();
  }

  @Test
  void annotationsExpandAgainstTheW3cContextWithoutDroppingAnything() throws Exception {
    JsonObject compact = json(WebAnnotations.PATH).asJsonObject();
    JsonArray expanded = JsonLd.expand(JsonDocument.of(stream(WebAnnotations.PATH)))
        .base(URI.create(BASE + WebAnnotations.PATH))
        .loader(new OfflineContexts(Map.of("http://www.w3.org/ns/anno.jsonld", CONTEXTS.resolve("anno.jsonld"))))
        .get();
    assertEquals(leaves(compact), expandedLeaves(expanded), "every value of the export survives expansion");
    Set<String> iris = new HashSet<>();
    collectIris(expanded, iris);
    for (String iri : iris) {
      assertTrue(iri.startsWith("http://") || iri.startsWith("https://"), "not an absolute IRI after expansion: " + iri);
      assertTrue(!iri.startsWith(BASE + "exports/") || iri.startsWith(BASE + WebAnnotations.PATH),
          "a term resolved as a relative IRI: " + iri);
    }
    assertTrue(iris.contains("http://www.w3.org/ns/oa#assessing"));
    assertTrue(iris.contains("http://www.w3.org/ns/oa#commenting"));
    assertTrue(iris.contains("http://www.w3.org/ns/oa#editing"));
    assertTrue(iris.contains("http://www.w3.org/ns/oa#TextQuoteSelector"));
    assertTrue(iris.contains("http://www.w3.org/ns/oa#FragmentSelector"));
  }

  @Test
  void everyNoteIsOneAnnotationOfTheRequiredShape() {
    JsonObject collection = json(WebAnnotations.PATH).asJsonObject();
    assertEquals("AnnotationCollection", collection.getString("type"));
    assertEquals(BASE + WebAnnotations.PATH, collection.getString("id"));
    JsonObject first = collection.getJsonObject("first");
    assertEquals("AnnotationPage", first.getString("type"));
    JsonArray items = first.getJsonArray("items");
    List<Note> notes = result.resolved().edition().notes();
    assertEquals(notes.size(), items.size());
    assertEquals(notes.size(), collection.getInt("total"));
    Map<String, Note> byId = new HashMap<>();
    notes.forEach(n -> byId.put(n.id(), n));
    Set<String> ids = new HashSet<>();
    for (JsonValue v : items) {
      JsonObject a = v.asJsonObject();
      String id = a.getString("id");
      assertTrue(ids.add(id), "duplicate id " + id);
      Note note = byId.get(id.substring(id.indexOf("#n-") + 3));
      assertNotNull(note, id);
      assertEquals("Annotation", a.getString("type"));
      assertEquals(switch (note.kind()) {
        case FACT_CHECK -> "oa:assessing";
        case MARGIN -> "commenting";
        case EDITORIAL -> "editing";
      }, a.getString("motivation"), id);
      assertTrue(a.getString("created").matches("\\d{4}-\\d{2}-\\d{2}T00:00:00Z"), id);
      JsonArray bodies = a.getJsonArray("body");
      JsonObject comment = bodies.getJsonObject(0);
      assertEquals("TextualBody", comment.getString("type"));
      assertEquals("text/html", comment.getString("format"));
      assertFalse(comment.getString("value").isBlank(), id);
      if (note.kind() == NoteKind.FACT_CHECK) {
        assertEquals(note.checked() + "T00:00:00Z", a.getString("created"));
        JsonObject verdict = bodies.getJsonObject(1);
        assertEquals("classifying", verdict.getString("purpose"));
        assertEquals(note.verdict().orElseThrow().label(), verdict.getString("value"));
      }
      assertTargetsTheBuiltPage(note, a.getJsonObject("target"));
    }
  }

  /** The selectors pick out the note's words in the built page: the quote stands in the paragraph. */
  private void assertTargetsTheBuiltPage(Note note, JsonObject target) {
    assertEquals("SpecificResource", target.getString("type"));
    String source = target.getString("source");
    assertEquals(BASE + note.textId() + "/", source);
    JsonArray selectors = target.getJsonArray("selector");
    assertEquals(2, selectors.size());
    JsonObject quote = selectors.getJsonObject(0);
    JsonObject fragment = selectors.getJsonObject(1);
    assertEquals("TextQuoteSelector", quote.getString("type"));
    assertEquals("FragmentSelector", fragment.getString("type"));
    assertEquals("http://tools.ietf.org/rfc/rfc3986", fragment.getString("conformsTo"));
    Document page = page(note.textId() + "/index.html");
    Element paragraph = page.getElementById(fragment.getString("value"));
    assertNotNull(paragraph, () -> "no paragraph " + fragment.getString("value") + " for " + note.id());
    String reading = readingText(paragraph);
    String exact = quote.getString("exact");
    String inContext = quote.getString("prefix", "") + exact + quote.getString("suffix", "");
    assertTrue(reading.contains(inContext), () -> note.id() + ": `" + inContext + "` not in `" + reading + "`");
    assertEquals(exact, highlighted(paragraph, note.id()), note.id());
    String segment = target.getString("id");
    assertTrue(segment.equals(source + "#" + fragment.getString("value"))
        || segment.startsWith(source + "#" + fragment.getString("value") + ":~:text="), note.id());
  }

  @Test
  void claimReviewsNameTheClaimTheRatingTheItemAndTheUrl() throws Exception {
    SchemaOrgVocabulary vocabulary = new SchemaOrgVocabulary(CONTEXTS.resolve("schema-dts-2.1.0-schema.d.ts.gz"));
    JsonObject export = json(Exports.CLAIM_REVIEWS).asJsonObject();
    assertEquals("https://schema.org", export.getString("@context"));
    JsonArray graph = export.getJsonArray("@graph");
    long reviewable = result.resolved().edition().notes().stream()
        .filter(n -> n.verdict().isPresent() && n.verdict().get() != org.apparatus.model.Verdict.OPINION).count();
    assertEquals(reviewable, graph.size());
    assertTrue(reviewable > 0);
    List<JsonValue> embedded = new ArrayList<>();
    for (String text : List.of("movahedian", "afrasiabi")) {
      Element script = page(text + "/index.html").selectFirst("script[type=application/ld+json]");
      assertNotNull(script, text);
      JsonObject doc = jakarta.json.Json.createReader(new java.io.StringReader(script.data())).readObject();
      embedded.addAll(doc.getJsonArray("@graph"));
    }
    assertEquals(new HashSet<>(graph), new HashSet<>(embedded), "the text pages embed the same reviews as the export");
    assertEquals(graph.size(), embedded.size());
    for (JsonValue v : graph) {
      JsonObject review = v.asJsonObject();
      assertEquals("ClaimReview", review.getString("@type"));
      assertFalse(review.getString("claimReviewed").isBlank());
      assertEquals("Rating", review.getJsonObject("reviewRating").getString("@type"));
      assertFalse(review.getJsonObject("reviewRating").getString("alternateName").isBlank());
      assertEquals("Claim", review.getJsonObject("itemReviewed").getString("@type"));
      String url = review.getString("url");
      assertTrue(url.startsWith(BASE), url);
      String path = url.substring(BASE.length(), url.indexOf('#'));
      assertNotNull(page(path + "index.html").getElementById(url.substring(url.indexOf('#') + 1)), url);
      assertUsesOnlySchemaOrgTerms(review, vocabulary);
    }
  }

  @Test
  void withoutABaseUrlEveryAddressResolvesFromTheExportFile() throws java.io.IOException {
    Build.Result plain = Fixtures.sharedEdition().result();
    assertFalse(plain.failed());
    URI export = URI.create("https://any.host/any/path/" + WebAnnotations.PATH);
    URI root = URI.create("https://any.host/any/path/");
    JsonObject collection = jakarta.json.Json.createReader(new ByteArrayInputStream(plain.files().get(WebAnnotations.PATH)))
        .readObject();
    assertEquals(export.toString(), export.resolve(collection.getString("id")).toString());
    for (JsonValue v : collection.getJsonObject("first").getJsonArray("items")) {
      JsonObject target = v.asJsonObject().getJsonObject("target");
      String page = root.relativize(export.resolve(target.getString("source"))).getPath();
      assertTrue(plain.files().containsKey(page), page);
      URI segment = export.resolve(target.getString("id"));
      assertEquals(page, root.relativize(segment).getPath());
      String anchor = target.getJsonArray("selector").getJsonObject(1).getString("value");
      assertTrue(segment.getRawFragment().equals(anchor) || segment.getRawFragment().startsWith(anchor + ":~:text="), segment.toString());
    }
    JsonObject reviews = jakarta.json.Json.createReader(new ByteArrayInputStream(plain.files().get(Exports.CLAIM_REVIEWS)))
        .readObject();
    URI reviewsFile = root.resolve(Exports.CLAIM_REVIEWS);
    for (JsonValue v : reviews.getJsonArray("@graph")) {
      URI url = reviewsFile.resolve(v.asJsonObject().getString("url"));
      String page = root.relativize(url).getPath();
      Document doc = Jsoup.parse(new String(plain.files().get(page), StandardCharsets.UTF_8));
      assertNotNull(doc.getElementById(url.getFragment()), url.toString());
    }
  }

  /** Every node's type is a schema.org type and every property is one that type may carry. */
  private static void assertUsesOnlySchemaOrgTerms(JsonObject node, SchemaOrgVocabulary vocabulary) {
    String type = node.getString("@type");
    assertTrue(vocabulary.isType(type), "not a schema.org type: " + type);
    Set<String> allowed = vocabulary.propertiesOf(type);
    for (Map.Entry<String, JsonValue> e : node.entrySet()) {
      if (e.getKey().startsWith("@")) {
        continue;
      }
      assertTrue(allowed.contains(e.getKey()), type + " has no property " + e.getKey());
      if (e.getValue() instanceof JsonObject child) {
        assertUsesOnlySchemaOrgTerms(child, vocabulary);
      }
    }
  }

  /** The paragraph as a reader sees its words: without locator, note markers, notes and tooltips. */
  static String readingText(Element paragraph) {
    Element copy = paragraph.clone();
    copy.select(".loc, .nt, .mk, .sn, .tip, .block-backlinks").remove();
    return copy.wholeText().replaceAll("\\s+", " ").strip();
  }

  /** The words highlighted for the note, read from its wrappers in the page. */
  private static String highlighted(Element paragraph, String noteId) {
    StringBuilder b = new StringBuilder();
    for (Element q : paragraph.select("span.q[data-note=n-" + noteId + "]")) {
      Element copy = q.clone();
      copy.select(".nt, .mk, .sn, .tip").remove();
      b.append(copy.wholeText());
    }
    return b.toString();
  }

  private static int leaves(JsonValue value) {
    if (value instanceof JsonObject o) {
      return o.entrySet().stream().filter(e -> !e.getKey().equals("@context")).mapToInt(e -> leaves(e.getValue())).sum();
    }
    if (value instanceof JsonArray a) {
      return a.stream().mapToInt(JsonLdExportTest::leaves).sum();
    }
    return value instanceof JsonString || value instanceof JsonNumber ? 1 : 0;
  }

  /** Ids, node types and literal values of the expanded form (a literal's datatype is not a value of ours). */
  private static int expandedLeaves(JsonValue value) {
    if (value instanceof JsonArray a) {
      return a.stream().mapToInt(JsonLdExportTest::expandedLeaves).sum();
    }
    if (value instanceof JsonObject o) {
      if (o.containsKey("@value")) {
        return 1;
      }
      int n = o.containsKey("@id") ? 1 : 0;
      n += o.containsKey("@type") ? o.getJsonArray("@type").size() : 0;
      for (Map.Entry<String, JsonValue> e : o.entrySet()) {
        if (!e.getKey().equals("@id") && !e.getKey().equals("@type")) {
          n += expandedLeaves(e.getValue());
        }
      }
      return n;
    }
    return 0;
  }

  private static void collectIris(JsonValue value, Set<String> out) {
    if (value instanceof JsonArray a) {
      a.forEach(v -> collectIris(v, out));
    } else if (value instanceof JsonObject o) {
      for (Map.Entry<String, JsonValue> e : o.entrySet()) {
        if (!e.getKey().startsWith("@")) {
          out.add(e.getKey());
        }
        if (e.getKey().equals("@id") && e.getValue() instanceof JsonString s) {
          out.add(s.getString());
        } else if (e.getKey().equals("@type") && e.getValue() instanceof JsonArray types) {
          types.forEach(t -> out.add(((JsonString) t).getString()));
        } else if (!e.getKey().equals("@value") && !e.getKey().equals("@type")) {
          collectIris(e.getValue(), out);
        }
      }
    }
  }

  private JsonValue json(String path) {
    return jakarta.json.Json.createReader(stream(path)).readValue();
  }

  private ByteArrayInputStream stream(String path) {
    byte[] bytes = result.files().get(path);
    assertNotNull(bytes, "missing " + path);
    return new ByteArrayInputStream(bytes);
  }

  private Document page(String path) {
    return pages.computeIfAbsent(path, p -> {
      byte[] bytes = result.files().get(p);
      assertNotNull(bytes, "missing " + p);
      return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
    });
  }
}
