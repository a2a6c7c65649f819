package org.apparatus.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostic;
import org.apparatus.model.Reading;
import org.apparatus.model.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How variant entries are read and placed: `line:` narrows to the verse line `l<N>` (reported as for notes), and
 * malformed readings are refused.
 */
class VariantEntriesTest {
  private static final String TEXT = """
      ---
      title: "Alpha"
      author: "Ann Alpha"
      witnesses:
        - siglum: A
          description: "the manuscript"
        - siglum: B
          description: "the print"
      ---
      The road runs north.

      | The road runs north,
      | the river south,
      | the road runs north again.
      """;

  private static Build.Result build(Path root, Map<String, String> variants) throws IOException {
    Files.createDirectories(root.resolve("content/texts"));
    Files.writeString(root.resolve("content/edition.yaml"), "title: \"E\"\nversion: \"1\"\ndate: \"2026-01-01\"\n");
    Files.writeString(root.resolve("content/texts/alpha.md"), TEXT);
    Files.createDirectories(root.resolve("content/variants/alpha"));
    for (Map.Entry<String, String> v : variants.entrySet()) {
      Files.writeString(root.resolve("content/variants/alpha/" + v.getKey() + ".md"), v.getValue());
    }
    return Fixtures.build(root, Fixtures.TEMPLATES, root.resolve("site"), false, false);
  }

  private static List<Diagnostic> errors(Build.Result result) {
    return result.diagnostics().sorted().stream().filter(d -> d.severity().name().equals("ERROR")).toList();
  }

  @Test
  void lineNarrowsTheSearchToTheBlockOfThatLine(@TempDir Path tmp) throws IOException {
    Build.Result result = build(tmp, Map.of("north", """
        ---
        quote: "north"
        line: 3
        lemma: [A]
        readings:
          - reading: south
            witnesses: [B]
        ---
        """));
    assertEquals(List.of(), errors(result));
    VariantPlacement p = result.resolved().variantPlacements().get("north");
    assertEquals("l3", p.anchor());
    assertEquals("l. 3", p.locator());
    assertEquals("north", p.lemma());
    assertEquals(1, p.number());
  }

  @Test
  void aLineTheTextLacksIsReportedWhereItIsWritten(@TempDir Path tmp) throws IOException {
    Build.Result result = build(tmp, Map.of("north", """
        ---
        quote: "north"
        line: 9
        lemma: [A]
        readings:
          - reading: south
            witnesses: [B]
        ---
        """));
    List<Diagnostic> errors = errors(result);
    assertEquals(1, errors.size(), errors::toString);
    assertEquals(Code.UNKNOWN_LINE, errors.get(0).code());
    assertEquals("content/variants/alpha/north.md:3:7", errors.get(0).pos().toString());
    assertTrue(errors.get(0).message().contains("has no line 9"), errors.get(0).message());
    assertTrue(errors.get(0).hint().contains("1 to 3"), errors.get(0).hint());
  }

  @Test
  void theKindOfEachReadingFollowsWhatIsWritten(@TempDir Path tmp) throws IOException {
    Build.Result result = build(tmp, Map.of("road", """
        ---
        quote: "runs north."
        paragraph: p1
        lemma: [A]
        readings:
          - witnesses: [B]
          - reading: "runs far north."
            witnesses: [B]
          - type: addition
            reading: "today"
            witnesses: [B]
        ---
        """));
    assertEquals(List.of(), errors(result));
    Variant v = result.resolved().edition().variants().get(0);
    assertEquals(List.of(Reading.Kind.OMISSION, Reading.Kind.SUBSTITUTION, Reading.Kind.ADDITION),
        v.readings().stream().map(Reading::kind).toList());
    assertEquals("runs north. today", v.readings().get(2).witnessText("runs north."));
    assertEquals("", v.readings().get(0).witnessText("runs north."));
  }

  @Test
  void malformedReadingsAreRefusedAtTheirLine(@TempDir Path tmp) throws IOException {
    Build.Result result = build(tmp, Map.of("road", """
        ---
        quote: "runs north."
        paragraph: p1
        lemma: [A]
        readings:
          - type: omission
            reading: "north"
            witnesses: [B]
          - type: swap
            reading: "north runs"
            witnesses: [B]
          - reading: "runs south."
            place: before
            witnesses: [B]
          - reading: "runs west."
        ---
        """));
    List<String> shown = errors(result).stream().map(d -> d.pos().line() + " " + d.code() + " " + d.message()).toList();
    assertEquals(List.of(
        "7 BAD_VALUE an omission has no words of its own",
        "9 BAD_VALUE unknown reading type `swap`",
        "13 BAD_VALUE only an addition has a `place`",
        "15 MISSING_KEY reading has no `witnesses`"), shown);
    assertTrue(result.resolved().edition().variants().isEmpty(), "an entry with a refused reading is not published half");
  }
}
