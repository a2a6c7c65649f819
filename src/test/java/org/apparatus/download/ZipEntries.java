package org.apparatus.download;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** The entries of a ZIP (or EPUB) in archive order, read back for tests. */
record ZipEntries(Map<String, byte[]> bytes, Map<String, ZipEntry> entries) {
  static ZipEntries read(byte[] zip) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    Map<String, ZipEntry> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        bytes.put(e.getName(), in.readAllBytes());
        entries.put(e.getName(), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ZipEntries(bytes, entries);
  }

  List<String> names() {
    return List.copyOf(bytes.keySet());
  }

  String text(String name) {
    byte[] b = bytes.get(name);
    if (b == null) {
      throw new AssertionError("no entry " + name + " in " + names());
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  /** An XHTML or XML entry parsed as XML, so that namespaced attributes such as epub:type keep their names. */
  Document xml(String name) {
    return Jsoup.parse(text(name), "", Parser.xmlParser());
  }
}
