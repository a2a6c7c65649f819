package org.apparatus.export.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class TeiXmlTest {
  @Test
  void markupInTextAndAttributesIsEscapedAndReadsBackUnchanged() throws Exception {
    String hostile = "</p><script>alert(1)</script> & ]]> \"quoted\" 'single'";
    TeiXml xml = new TeiXml(c -> {});
    xml.root("TEI").start("p").attr("n", hostile).text(hostile).end();
    byte[] bytes = xml.finish();
    Document doc = parse(bytes);
    assertEquals(hostile, doc.getDocumentElement().getFirstChild().getNextSibling().getTextContent());
    assertEquals(hostile, ((org.w3c.dom.Element) doc.getElementsByTagNameNS(TeiXml.NS, "p").item(0)).getAttribute("n"));
    assertEquals(1, doc.getElementsByTagNameNS("*", "*").getLength() - 1, "only the one paragraph is an element");
  }

  @Test
  void charactersXmlCannotHoldAreDroppedAndReported() throws Exception {
    List<Integer> dropped = new ArrayList<>();
    TeiXml xml = new TeiXml(dropped::add);
    xml.root("TEI").start("p").attr("n", "a\u0000b").text("bell\u0007, \uFFFE, lone \uD800 surrogate, kept \uD83D\uDE00 and tab\t").end();
    String out = new String(xml.finish(), StandardCharsets.UTF_8);
    assertEquals(List.of(0x0, 0x7, 0xFFFE, 0xD800), dropped);
    assertTrue(out.contains("n=\"ab\""), out);
    assertTrue(out.contains("bell, , lone  surrogate, kept \uD83D\uDE00 and tab\t"), out);
    parse(out.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void ncNamesAreKeptAndOthersMappedToUniqueIds() {
    XmlIds ids = new XmlIds();
    assertEquals("s5-3-p2", ids.of(XmlIds.Kind.BLOCK, "s5-3-p2"));
    assertEquals("آغاز-p1", ids.of(XmlIds.Kind.BLOCK, "آغاز-p1"));
    assertEquals("_1999", ids.of(XmlIds.Kind.BLOCK, "1999"));
    assertEquals("ref-doe_2020", ids.of(XmlIds.Kind.REFERENCE, "ref-doe:2020"));
    assertEquals("ref-doe_2020-2", ids.of(XmlIds.Kind.REFERENCE, "ref-doe/2020"));
    assertEquals("_1999-2", ids.of(XmlIds.Kind.TERM, "1999"), "another kind of thing gets another id");
    assertEquals("#_1999", ids.ref(XmlIds.Kind.BLOCK, "1999"), "the same thing keeps its id");
    assertTrue(XmlIds.isNcName("_x.y-z"));
    assertFalse(XmlIds.isNcName("-x"));
    assertFalse(XmlIds.isNcName("a b"));
    assertTrue(XmlIds.isNcName(XmlIds.ncName("-x")));
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }
}
