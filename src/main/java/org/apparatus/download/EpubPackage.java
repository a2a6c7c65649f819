package org.apparatus.download;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apparatus.model.EditionMeta;
import org.apparatus.parallel.Parallel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;

/**
 * The EPUB 3 container around the chapters: {@code mimetype} first and uncompressed, the container
 * file, the package document, the navigation document and the stylesheet, all under fixed names
 * and dates so that the same edition always gives the same bytes.
 */
final class EpubPackage {
  static final String DIR = "EPUB/";
  static final String NAV = "nav.xhtml";

  private EpubPackage() {}

  static byte[] zip(EditionMeta meta, List<EpubChapter> chapters, Map<String, byte[]> images, FixedTime time) {
    ZipBuilder zip = new ZipBuilder(time);
    zip.addStored("mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
    zip.add("META-INF/container.xml", resource("container.xml"));
    Map<String, byte[]> content = new TreeMap<>();
    content.put(DIR + "package.opf", xml(packageDocument(meta, chapters, images.keySet(), time)));
    images.forEach((path, bytes) -> content.put(DIR + path, bytes));
    content.put(DIR + NAV, Xhtml.bytes(EpubNavigation.document(chapters, language(meta))));
    content.put(DIR + Xhtml.STYLESHEET, resource("epub.css"));
    List<byte[]> written = Parallel.map(chapters, c -> Xhtml.bytes(c.doc()));
    for (int i = 0; i < chapters.size(); i++) {
      content.put(DIR + chapters.get(i).file(), written.get(i));
    }
    content.forEach(zip::add);
    return zip.finish();
  }

  private static String imageType(String path) {
    String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
    return switch (ext) {
      case "jpg", "jpeg" -> "image/jpeg";
      case "gif" -> "image/gif";
      case "webp" -> "image/webp";
      case "avif" -> "image/avif";
      default -> "image/png";
    };
  }

  static String language(EditionMeta meta) {
    return meta.language().isBlank() ? "en" : meta.language();
  }

  /** A stable identifier: the same title and version always give the same UUID (name-based, version 3). */
  static String identifier(EditionMeta meta) {
    return "urn:uuid:" + UUID.nameUUIDFromBytes((meta.title() + "\n" + meta.version()).getBytes(StandardCharsets.UTF_8));
  }

  private static Document packageDocument(EditionMeta meta, List<EpubChapter> chapters, java.util.Set<String> images,
      FixedTime time) {
    Document opf = xmlDocument();
    Element pkg = opf.appendElement("package").attr("xmlns", "http://www.idpf.org/2007/opf").attr("version", "3.0")
        .attr("unique-identifier", "uid").attr("xml:lang", language(meta));
    Element md = pkg.appendElement("metadata").attr("xmlns:dc", "http://purl.org/dc/elements/1.1/");
    md.appendElement("dc:identifier").attr("id", "uid").text(identifier(meta));
    md.appendElement("dc:title").attr("id", "meta-title").text(meta.title());
    md.appendElement("meta").attr("refines", "#meta-title").attr("property", "title-type").text("main");
    if (!meta.subtitle().isEmpty()) {
      md.appendElement("dc:title").attr("id", "meta-subtitle").text(meta.subtitle());
      md.appendElement("meta").attr("refines", "#meta-subtitle").attr("property", "title-type").text("subtitle");
    }
    md.appendElement("dc:language").text(language(meta));
    for (int i = 0; i < meta.editors().size(); i++) {
      String id = "meta-editor-" + (i + 1);
      md.appendElement("dc:creator").attr("id", id).text(meta.editors().get(i));
      md.appendElement("meta").attr("refines", "#" + id).attr("property", "role").attr("scheme", "marc:relators").text("edt");
    }
    md.appendElement("dc:date").text(time.local().toLocalDate().toString());
    if (!meta.description().isEmpty()) {
      md.appendElement("dc:description").text(meta.description());
    }
    if (!meta.license().isEmpty()) {
      md.appendElement("dc:rights").text(meta.license());
    }
    if (!meta.baseUrl().isEmpty()) {
      md.appendElement("dc:source").text(meta.baseUrl());
    }
    md.appendElement("meta").attr("property", "dcterms:modified").text(time.iso());

    Element manifest = pkg.appendElement("manifest");
    manifest.appendElement("item").attr("id", "nav").attr("href", NAV).attr("media-type", "application/xhtml+xml")
        .attr("properties", "nav");
    manifest.appendElement("item").attr("id", "style").attr("href", Xhtml.STYLESHEET).attr("media-type", "text/css");
    int image = 0;
    for (String path : images) {
      manifest.appendElement("item").attr("id", "image-" + (++image)).attr("href", path).attr("media-type", imageType(path));
    }
    Element spine = pkg.appendElement("spine");
    for (EpubChapter c : chapters) {
      manifest.appendElement("item").attr("id", itemId(c)).attr("href", c.file()).attr("media-type", "application/xhtml+xml");
      spine.appendElement("itemref").attr("idref", itemId(c));
      if (c.file().equals(TitlePage.FILE)) {
        spine.appendElement("itemref").attr("idref", "nav");
      }
    }
    return opf;
  }

  /** File names start with a letter and hold only letters, digits and hyphens, so they are valid XML ids. */
  private static String itemId(EpubChapter c) {
    return c.file().substring(0, c.file().lastIndexOf('.'));
  }

  private static Document xmlDocument() {
    Document doc = Jsoup.parse("", "", Parser.xmlParser());
    XmlDeclaration declaration = new XmlDeclaration("xml", false);
    declaration.attr("version", "1.0").attr("encoding", "UTF-8");
    doc.appendChild(declaration);
    return doc;
  }

  private static byte[] xml(Document doc) {
    doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
    return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] resource(String name) {
    try (InputStream in = EpubPackage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
