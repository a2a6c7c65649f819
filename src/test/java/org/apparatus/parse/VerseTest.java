package org.apparatus.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.apparatus.cite.CitableIndex;
import org.apparatus.model.BlockKind;
import org.apparatus.model.BodyNode;
import org.apparatus.model.Inline;
import org.apparatus.model.Text;
import org.apparatus.resolve.NotePlacement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line blocks in the model: stanzas, line numbers through the text, indentation, and notes placed on lines. */
class VerseTest {

  private static Build.Result build(Path root) {
    Build.Result result = Fixtures.build(root, Fixtures.TEMPLATES, root.resolve("site"), true, false);
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    return result;
  }

  private static Text text(Build.Result result, String id) {
    return result.resolved().edition().text(id).orElseThrow();
  }

  @Test
  void theSonnetHasTwoStanzasOfFourteenNumberedLines() {
    Build.Result result = build(Fixtures.RESOURCES.resolve("fixtures/verse"));
    Text sonnet = text(result, "sonnet");
    List<BodyNode.Stanza> stanzas = sonnet.stanzas();
    assertEquals(List.of("st1", "st2"), stanzas.stream().map(BodyNode.Stanza::anchor).toList());
    assertEquals(List.of("st. 1", "st. 2"), stanzas.stream().map(BodyNode.Stanza::locator).toList());
    assertEquals(List.of(12, 2), stanzas.stream().map(s -> s.lines().size()).toList());
    BodyNode.Line l13 = stanzas.get(1).lines().get(0);
    assertEquals(13, l13.number());
    assertEquals("l13", l13.block().anchor());
    assertEquals("l. 13", l13.block().locator());
    assertEquals(BlockKind.LINE, l13.block().kind());
    assertEquals(2, l13.indent(), "three spaces after the bar: the separator and two of indentation");
    assertEquals("So long as men can breathe or eyes can see,", l13.block().text(), "no bar, no indentation, no line end in the text");
    assertEquals(14, sonnet.blocks().stream().filter(b -> b.kind() == BlockKind.LINE).count());
  }

  @Test
  void linesAreNumberedAcrossHeadingsAndKeepTheirSection() {
    Text poem = text(build(Fixtures.RESOURCES.resolve("fixtures/verse")), "poem");
    List<BodyNode.Line> lines = poem.stanzas().stream().flatMap(s -> s.lines().stream()).toList();
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), lines.stream().map(BodyNode.Line::number).toList());
    assertEquals("i-morning", lines.get(3).block().section());
    assertEquals("ii-evening", lines.get(4).block().section());
    assertEquals(4, lines.get(3).indent());
  }

  @Test
  void aQuoteAcrossALineEndIsPlacedOnBothLines() {
    Build.Result result = build(Fixtures.RESOURCES.resolve("fixtures/verse"));
    NotePlacement lovely = result.resolved().notePlacements().get("lovely");
    Text sonnet = text(result, "sonnet");
    assertEquals(List.of("l1", "l2"), lovely.segments().stream().map(NotePlacement.Segment::anchor).toList());
    assertEquals(List.of("day?", "Thou art more lovely"), lovely.segments().stream()
        .map(g -> sonnet.blocks().stream().filter(b -> b.anchor().equals(g.anchor())).findFirst().orElseThrow()
            .text().substring(g.start(), g.end())).toList(), "each line highlights exactly its quoted words");
    assertEquals("l1", lovely.anchor(), "a note is placed where its quote begins");
    assertEquals("l2", lovely.last().anchor(), "its marker follows the quote's last words");
    NotePlacement soLong = result.resolved().notePlacements().get("so-long");
    assertEquals("l14", soLong.anchor(), "`line: 14` picks the second of two \"So long\"");
  }

  @Test
  void linesAndStanzasAreCitable() {
    Build.Result result = build(Fixtures.RESOURCES.resolve("fixtures/verse"));
    CitableIndex index = new CitableIndex(result.resolved(), result.plan());
    assertEquals("l. 14", index.find("sonnet#l14").orElseThrow().locator());
    assertEquals("st. 2", index.find("sonnet#st2").orElseThrow().locator());
    assertTrue(result.resolved().targets().containsKey("sonnet#st2"), "[[sonnet#st2]] resolves");
  }

  @Test
  void barsAloneBreakStanzasContinuationLinesJoinAndInlineMarkupStays(@TempDir Path tmp) throws Exception {
    Path content = tmp.resolve("content");
    Files.createDirectories(content.resolve("texts"));
    Files.writeString(content.resolve("edition.yaml"), "title: \"E\"\nversion: \"0.0.1\"\ndate: \"2026-01-01\"\n", StandardCharsets.UTF_8);
    Files.writeString(content.resolve("texts/t.md"), """
        ---
        id: t
        title: "T"
        author: "A. Author"
        ---
        | One *bright* line,
        |
        | a second stanza
          that runs on here,
        | and ends.

        > | quoted verse
        """, StandardCharsets.UTF_8);
    Text t = text(build(tmp), "t");
    List<BodyNode.Stanza> stanzas = t.stanzas();
    assertEquals(3, stanzas.size(), "a bar alone ends a stanza; verse inside a block quote is found too");
    assertEquals(List.of("One bright line,"), stanzas.get(0).lines().stream().map(l -> l.block().text()).toList());
    assertTrue(stanzas.get(0).lines().get(0).block().content().stream().anyMatch(i -> i instanceof Inline.Styled));
    assertEquals(List.of("a second stanza that runs on here,", "and ends."),
        stanzas.get(1).lines().stream().map(l -> l.block().text()).toList());
    assertEquals(List.of(1, 2, 3, 4), stanzas.stream().flatMap(s -> s.lines().stream()).map(BodyNode.Line::number).toList());
    assertEquals("quoted verse", stanzas.get(2).lines().get(0).block().text());
  }
}
