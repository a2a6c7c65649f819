package org.apparatus.site;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apparatus.parallel.Parallel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The site in memory between rendering and writing: every HTML page as a document parsed once from its
 * template output, every other file as bytes. The later stages read the documents; a stage that changes
 * a page asks for it with {@link #edit(String)}. A page nobody edited is written exactly as its template
 * produced it; an edited page is serialised once, when its bytes are first asked for after the edit.
 */
public final class RenderedSite {
  private final Map<String, Page> pages = new TreeMap<>();
  private final Map<String, byte[]> others = new TreeMap<>();
  private int parses;

  /** One HTML page: its document, and its bytes while they still match the document. */
  private static final class Page {
    final Document doc;
    byte[] bytes;
    /** Whether {@link #bytes} are the bytes put, not ones serialised after an edit. */
    boolean asPut;

    Page(Document doc, byte[] bytes) {
      this.doc = doc;
      this.bytes = bytes;
      this.asPut = bytes != null;
    }
  }

  /** A site holding {@code files}, its HTML pages parsed. */
  public static RenderedSite of(Map<String, byte[]> files) {
    RenderedSite site = new RenderedSite();
    files.forEach(site::put);
    return site;
  }

  public static boolean isPage(String path) {
    return path.endsWith(".html");
  }

  /** Adds or replaces a file; an HTML page is parsed here (or in {@link #putAll}), the only places the build parses its pages. */
  public void put(String path, byte[] bytes) {
    insert(path, bytes, isPage(path) ? Optional.of(parse(bytes)) : Optional.empty());
  }

  /** Adds or replaces these files, as {@link #put} does; their HTML pages are parsed side by side. */
  public void putAll(Map<String, byte[]> files) {
    List<Map.Entry<String, byte[]>> entries = List.copyOf(files.entrySet());
    List<Optional<Document>> parsed = Parallel.map(entries, e -> isPage(e.getKey()) ? Optional.of(parse(e.getValue())) : Optional.empty());
    for (int i = 0; i < entries.size(); i++) {
      insert(entries.get(i).getKey(), entries.get(i).getValue(), parsed.get(i));
    }
  }

  private void insert(String path, byte[] bytes, Optional<Document> doc) {
    if (doc.isPresent()) {
      others.remove(path);
      pages.put(path, new Page(doc.get(), bytes));
      parses++;
    } else {
      pages.remove(path);
      others.put(path, bytes);
    }
  }

  public void putPage(String path, String html) {
    put(path, html.getBytes(StandardCharsets.UTF_8));
  }

  /** Adds a page built as a document, e.g. one derived from another page. */
  public void putPage(String path, Document doc) {
    doc.outputSettings().prettyPrint(false);
    others.remove(path);
    pages.put(path, new Page(doc, null));
  }

  /** A page to read; callers that need a changed copy clone what they take from it. */
  public Optional<Document> page(String path) {
    Page p = pages.get(path);
    return p == null ? Optional.empty() : Optional.of(p.doc);
  }

  /** A page to change; its bytes are serialised again when next asked for. */
  public Optional<Document> edit(String path) {
    Page p = pages.get(path);
    if (p == null) {
      return Optional.empty();
    }
    p.bytes = null;
    p.asPut = false;
    return Optional.of(p.doc);
  }

  public boolean has(String path) {
    return pages.containsKey(path) || others.containsKey(path);
  }

  /** The paths of the HTML pages, in path order. */
  public Set<String> pagePaths() {
    return Collections.unmodifiableSet(pages.keySet());
  }

  public int size() {
    return pages.size() + others.size();
  }

  /** How many times this site has parsed HTML: once per page put into it. */
  public int parses() {
    return parses;
  }

  /** The bytes of one file as it will be written; empty if there is none. */
  public Optional<byte[]> bytes(String path) {
    Page p = pages.get(path);
    if (p != null) {
      if (p.bytes == null) {
        p.bytes = serialise(p.doc);
      }
      return Optional.of(p.bytes);
    }
    return Optional.ofNullable(others.get(path));
  }

  /**
   * The bytes of a page exactly as they were put, while no stage has edited its document; empty for an
   * edited page, a page built as a document and a file that is not a page.
   */
  public Optional<byte[]> renderedBytes(String path) {
    Page p = pages.get(path);
    return p == null ? Optional.empty() : Optional.ofNullable(p.bytes).filter(b -> p.asPut);
  }

  /** Every file as it will be written, by path. */
  public Map<String, byte[]> files() {
    Map<String, byte[]> out = new TreeMap<>(others);
    for (String path : pages.keySet()) {
      out.put(path, bytes(path).orElseThrow());
    }
    return out;
  }

  /** The paths of every file, pages and others, in path order. */
  public List<String> paths() {
    return java.util.stream.Stream.concat(pages.keySet().stream(), others.keySet().stream()).sorted().toList();
  }

  /** A document as the site writes it: no reformatting, UTF-8. */
  public static byte[] serialise(Document doc) {
    doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
    return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
  }

  private static Document parse(byte[] html) {
    Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
    return doc;
  }
}
