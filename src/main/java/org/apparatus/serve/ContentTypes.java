package org.apparatus.serve;

import static java.util.Map.entry;

import java.util.Locale;
import java.util.Map;

/** Media types of the files a site may contain, by file name extension. */
final class ContentTypes {
  static final String HTML = "text/html; charset=utf-8";
  private static final String FALLBACK = "application/octet-stream";
  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      entry("html", HTML),
      entry("htm", HTML),
      entry("css", "text/css; charset=utf-8"),
      entry("js", "text/javascript; charset=utf-8"),
      entry("mjs", "text/javascript; charset=utf-8"),
      entry("json", "application/json"),
      entry("jsonld", "application/ld+json"),
      entry("map", "application/json"),
      entry("webmanifest", "application/manifest+json"),
      entry("xml", "application/xml"),
      entry("txt", "text/plain; charset=utf-8"),
      entry("md", "text/markdown; charset=utf-8"),
      entry("bib", "text/plain; charset=utf-8"),
      entry("cff", "text/plain; charset=utf-8"),
      entry("csv", "text/csv; charset=utf-8"),
      entry("svg", "image/svg+xml"),
      entry("png", "image/png"),
      entry("jpg", "image/jpeg"),
      entry("jpeg", "image/jpeg"),
      entry("gif", "image/gif"),
      entry("webp", "image/webp"),
      entry("avif", "image/avif"),
      entry("ico", "image/vnd.microsoft.icon"),
      entry("woff", "font/woff"),
      entry("woff2", "font/woff2"),
      entry("pdf", "application/pdf"),
      entry("epub", "application/epub+zip"),
      entry("zip", "application/zip"));

  private ContentTypes() {}

  static String of(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return BY_EXTENSION.getOrDefault(extension, FALLBACK);
  }
}
