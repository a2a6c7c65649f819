package org.apparatus.download;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.XmlDeclaration;

/** XHTML documents for the EPUB: a jsoup tree written with XML syntax. */
final class Xhtml {
  static final String STYLESHEET = "style.css";

  private Xhtml() {}

  /** An empty document with its title, language and the EPUB's stylesheet. */
  static Document shell(String title, String lang) {
    Document doc = Document.createShell("");
    XmlDeclaration declaration = new XmlDeclaration("xml", false);
    declaration.attr("version", "1.0").attr("encoding", "UTF-8");
    doc.prependChild(new DocumentType("html", "", ""));
    doc.prependChild(declaration);
    doc.selectFirst("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("xmlns:epub", "http://www.idpf.org/2007/ops")
        .attr("lang", lang).attr("xml:lang", lang);
    doc.head().appendElement("title").text(title);
    doc.head().appendElement("link").attr("rel", "stylesheet").attr("type", "text/css").attr("href", STYLESHEET);
    return doc;
  }

  static byte[] bytes(Document doc) {
    doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
        .charset(StandardCharsets.UTF_8).prettyPrint(false);
    return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
  }
}
