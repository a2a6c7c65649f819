package org.apparatus.parse;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.load.FrontMatter;
import org.apparatus.load.SourceFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Where the citation style comes from: a style bundled with Apparatus, named by its id, or a
 * {@code .csl} file inside the content directory. Nothing is fetched: a URL is refused. A style
 * file is read as plain data, without a DTD, entities or includes, so it can neither read other
 * files nor reach the network.
 */
public final class CitationStyles {
  public static final String DEFAULT = "chicago-author-date";
  private static final Pattern BUNDLED_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,120}");
  private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}");
  private static final String CSL_NAMESPACE = "http://purl.org/net/xbiblio/csl";

  private CitationStyles() {}

  /**
   * The style {@code csl_style} names, for {@link #forProcessor}: a bundled id, or the checked XML of
   * a style file. A value that names neither is reported, and the default style is used.
   */
  public static String resolve(FrontMatter fm, SourceFile edition, List<SourceFile> styleFiles, Diagnostics diagnostics) {
    String value = fm.text("csl_style", DEFAULT).strip();
    var pos = fm.valuePosOf("csl_style");
    String hint = "name a bundled style such as `chicago-author-date` or `apa`, or a .csl file inside the content directory "
        + "such as `styles/house.csl`; styles are never downloaded";
    if (value.startsWith("<") || value.contains(":")) {
      diagnostics.error(Code.CITATION_STYLE, pos, "`csl_style` must be a bundled style id or a .csl file inside the content directory",
          hint);
      return DEFAULT;
    }
    if (!value.endsWith(".csl")) {
      if (!isBundled(value)) {
        diagnostics.error(Code.CITATION_STYLE, pos, "`csl_style` `" + abbreviate(value) + "` is not a bundled style", hint);
        return DEFAULT;
      }
      return value;
    }
    String contentDir = edition.path().contains("/") ? edition.path().substring(0, edition.path().lastIndexOf('/') + 1) : "";
    Optional<SourceFile> file = value.startsWith("/") || value.contains("\\") || List.of(value.split("/")).contains("..")
        ? Optional.empty()
        : styleFiles.stream().filter(s -> s.path().equals(contentDir + value)).findFirst();
    if (file.isEmpty()) {
      diagnostics.error(Code.CITATION_STYLE, pos, "`csl_style` names `" + abbreviate(value) + "`, which is not a .csl file in the content "
          + "directory or its styles/ folder", hint);
      return DEFAULT;
    }
    try {
      return checkedXml(file.get().content());
    } catch (IOException e) {
      diagnostics.error(Code.CITATION_STYLE, pos, "citation style `" + abbreviate(value) + "` cannot be used: " + e.getMessage(),
          "use a complete (independent) CSL 1.0 style without a DOCTYPE");
      return DEFAULT;
    }
  }

  /**
   * The style as the citation processor may be given it: a bundled id, or style XML that passes
   * {@link #checkedXml}. Anything else, a URL above all, is refused.
   */
  public static String forProcessor(String style) throws IOException {
    if (style.stripLeading().startsWith("<")) {
      return checkedXml(style);
    }
    if (!isBundled(style)) {
      throw new IOException("`" + abbreviate(style) + "` is not a bundled citation style");
    }
    return style;
  }

  /** The locale as the processor may be given it: a language tag, never a path or a URL. */
  public static String localeForProcessor(String locale) throws IOException {
    if (!LOCALE.matcher(locale).matches()) {
      throw new IOException("`" + abbreviate(locale) + "` is not a language tag");
    }
    return locale;
  }

  static boolean isBundled(String id) {
    return BUNDLED_ID.matcher(id).matches() && CitationStyles.class.getResource("/" + id + ".csl") != null;
  }

  /**
   * Parses a CSL style with DTDs, entities and includes disabled, checks that it is an independent
   * CSL style, and writes it out again, so the processor only ever sees this plain form.
   */
  static String checkedXml(String xml) throws IOException {
    Document doc;
    try {
      doc = safeBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (SAXException e) {
      throw new IOException("not well-formed XML without a DOCTYPE: " + e.getMessage());
    }
    Element root = doc.getDocumentElement();
    if (!"style".equals(root.getLocalName()) || !CSL_NAMESPACE.equals(root.getNamespaceURI())) {
      throw new IOException("the root element is not a CSL <style>");
    }
    NodeList links = root.getElementsByTagNameNS(CSL_NAMESPACE, "link");
    for (int i = 0; i < links.getLength(); i++) {
      if ("independent-parent".equals(((Element) links.item(i)).getAttribute("rel"))) {
        throw new IOException("it is a dependent style; name its parent's bundled id instead");
      }
    }
    try {
      TransformerFactory factory = TransformerFactory.newDefaultInstance();
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer transformer = factory.newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(doc), new StreamResult(out));
      return out.toString();
    } catch (TransformerException | IllegalArgumentException e) {
      throw new IOException("cannot write the style out again: " + e.getMessage());
    }
  }

  private static DocumentBuilder safeBuilder() throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder builder = f.newDocumentBuilder();
      builder.setEntityResolver((publicId, systemId) -> {
        throw new SAXException("external entity refused: " + systemId);
      });
      builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return builder;
    } catch (ParserConfigurationException | IllegalArgumentException e) {
      throw new IOException("no safe XML parser: " + e.getMessage());
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
