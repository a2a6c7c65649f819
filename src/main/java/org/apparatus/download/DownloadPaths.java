package org.apparatus.download;

import org.apparatus.model.EditionMeta;
import org.apparatus.parse.Slug;

/**
 * Where the offline copies of an edition are published. The name comes from the edition's title
 * and version, e.g. {@code downloads/iran-azerbaijan-and-the-non-response-debate-1.0.0.zip}, so a
 * new version never overwrites the file of an earlier one.
 *
 * @param folder the top folder inside the ZIP, e.g. {@code iran-azerbaijan-and-the-non-response-debate-1.0.0}
 */
public record DownloadPaths(String folder, String zip, String epub) {
  public static DownloadPaths of(EditionMeta meta) {
    String version = meta.version().replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    String name = Slug.ascii(meta.title(), "edition") + (version.isEmpty() ? "" : "-" + version);
    return new DownloadPaths(name, "downloads/" + name + ".zip", "downloads/" + name + ".epub");
  }
}
