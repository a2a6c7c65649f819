package org.apparatus.download;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What the download links cannot know when pages are rendered. Templates mark the places:
 * {@code data-download-size="epub"} receives the EPUB's size once it is built, e.g. "(412 KB)", and an element
 * marked {@code data-download="zip"} is left out of the copy of the page inside the ZIP, which
 * cannot contain itself.
 */
final class DownloadLinks {
  static final String MARKER = "data-download";

  private DownloadLinks() {}

  /** Writes the EPUB's size into every page that asks for it. */
  static void showEpubSize(Map<String, byte[]> files, long size) {
    String label = "(" + humanSize(size) + ")";
    edit(files, files, doc -> doc.select("[" + MARKER + "-size=epub]").forEach(e -> e.text(label)));
  }

  /** The site as it goes into the ZIP: the same files, with the links to the ZIP itself removed. */
  static Map<String, byte[]> forArchive(Map<String, byte[]> files) {
    Map<String, byte[]> copy = new LinkedHashMap<>(files);
    edit(files, copy, doc -> doc.select("[" + MARKER + "=zip]").remove());
    return copy;
  }

  static String humanSize(long bytes) {
    if (bytes < 1024 * 1024) {
      return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static void edit(Map<String, byte[]> from, Map<String, byte[]> into, Consumer<Document> change) {
    byte[] marker = MARKER.getBytes(StandardCharsets.US_ASCII);
    Map<String, byte[]> changed = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : from.entrySet()) {
      // parsing every page is costly; only a page that names the marker can hold one
      if (!e.getKey().endsWith(".html") || indexOf(e.getValue(), marker) < 0) {
        continue;
      }
      Document doc = Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8));
      change.accept(doc);
      doc.outputSettings().prettyPrint(false);
      changed.put(e.getKey(), doc.outerHtml().getBytes(StandardCharsets.UTF_8));
    }
    into.putAll(changed);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
