package org.apparatus.export.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.export.SiteUrls;
import org.apparatus.model.Attributes;
import org.apparatus.model.Block;
import org.apparatus.model.BlockKind;
import org.apparatus.model.BodyNode;
import org.apparatus.model.Edition;
import org.apparatus.model.EditionMeta;
import org.apparatus.model.GlossaryLinking;
import org.apparatus.model.Inline;
import org.apparatus.model.Text;
import org.apparatus.plan.Planner;
import org.apparatus.resolve.ResolvedEdition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The encodings waiting for verse and variant readings in the model: a stanza as {@code lg}/{@code l n}, the
 * witnesses as {@code listWit}, a substitution, an omission and an addition as {@code app}/{@code lem}/{@code rdg},
 * all valid against TEI All and every {@code wit} pointing to a witness.
 */
class TeiApparatusTest {
  private static TeiSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    schema = new TeiSchema();
  }

  @Test
  void stanzaWitnessesAndVariantsAreValidTei() throws Exception {
    SourcePos pos = new SourcePos("content/texts/sonnet.md", 5, 1);
    List<Block> lines = List.of(
        Block.of(BlockKind.LINE, "l13", "l. 13", "", 0, null, List.of(new Inline.Text("So long as men can breathe")), Attributes.NONE, pos),
        Block.of(BlockKind.LINE, "l14", "l. 14", "", 0, null, List.of(new Inline.Text("So long lives this")), Attributes.NONE, pos));
    Text text = new Text("sonnet", "Sonnet", "A. Poet", "Poet", "", "", "", "", "", "", "", List.of(), 1, "en", "ltr", List.of(),
        lines.stream().map(b -> (BodyNode) new BodyNode.Unit(b)).toList(), lines, pos);
    EditionMeta meta = new EditionMeta("Verse Edition", "", List.of("A. Editor"), "0.1", "2026-01-01", "", "", "en", "",
        "", "", GlossaryLinking.ALL);
    Edition edition = new Edition(meta, List.of(text), List.of(), List.of(), List.of(), List.of());
    ResolvedEdition resolved = new ResolvedEdition(edition, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
        Map.of(), Map.of(), Map.of(), Map.of());
    TeiState s = new TeiState(resolved, new Planner(new Diagnostics()).plan(edition), text,
        new SiteUrls("", "exports/sonnet.tei.xml"), new DroppedCharacters(new Diagnostics()));

    s.xml.root("TEI");
    TeiHeader.write(s, "", List.of(new TeiApparatus.Witness("Q", "the quarto", "1609", ""),
        new TeiApparatus.Witness("F", "the folio", "1623", "")));
    s.xml.start("text").start("body");
    TeiBody.stanza(s, new BodyNode.Stanza("stanza-4", "st. 4", 4,
        List.of(new BodyNode.Line(lines.get(0), 13, 0), new BodyNode.Line(lines.get(1), 14, 2)), Attributes.NONE, pos));
    s.xml.start("p").text("Thou art more ");
    TeiApparatus.app(s, "lovely", "l. 2", List.of("Q"), () -> s.xml.text("lovely"),
        List.of(new TeiApparatus.Reading("lovelier", List.of("F"))));
    s.xml.text(" and ");
    TeiApparatus.app(s, "more", "l. 2", List.of("Q"), () -> s.xml.text("more"),
        List.of(new TeiApparatus.Reading("", List.of("F"))));
    s.xml.text(" temperate");
    TeiApparatus.app(s, "still", "l. 2", List.of("Q"), () -> {}, List.of(new TeiApparatus.Reading("still", List.of("F"))));
    s.xml.text(" ");
    s.xml.inline("hi").attr("rend", "italic");
    TeiApparatus.app(s, "more", "l. 2", List.of("Q"), () -> s.xml.text("split"), List.of(new TeiApparatus.Reading("", List.of("F"))));
    s.xml.end();
    s.xml.end();
    byte[] tei = s.xml.finish();

    String xml = new String(tei, StandardCharsets.UTF_8);
    assertEquals(List.of(), schema.problems("sonnet.tei.xml", tei), xml);
    assertEquals(List.of(), TeiPointers.unresolved("sonnet.tei.xml", tei), xml);
    assertTrue(xml.contains("<lg type=\"stanza\" n=\"4\" xml:id=\"stanza-4\">"), xml);
    assertTrue(xml.contains("<l n=\"14\" xml:id=\"l14\" rend=\"indent(2)\">So long lives this</l>"), xml);
    assertTrue(xml.contains("<witness xml:id=\"wit-Q\" n=\"Q\"><abbr type=\"siglum\">Q</abbr> the quarto, "
        + "<date when=\"1609\">1609</date></witness>"), xml);
    assertTrue(xml.contains("<app xml:id=\"v-lovely\" loc=\"l. 2\"><lem wit=\"#wit-Q\">lovely</lem>"
        + "<rdg wit=\"#wit-F\">lovelier</rdg></app>"), xml);
    assertTrue(xml.contains("<lem wit=\"#wit-Q\">more</lem><rdg wit=\"#wit-F\"></rdg>"), "an omission: " + xml);
    assertTrue(xml.contains("<lem wit=\"#wit-Q\"></lem><rdg wit=\"#wit-F\">still</rdg>"), "an addition: " + xml);
    assertTrue(xml.contains("<hi rend=\"italic\"><seg type=\"lemma\" corresp=\"#v-more\">split</seg></hi>"),
        "the later piece of a lemma split by markup points to its app: " + xml);
    assertTrue(xml.contains("<variantEncoding method=\"parallel-segmentation\" location=\"internal\"/>"), xml);
  }
}
