package org.apparatus.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apparatus.diagnostic.Code;
import org.apparatus.diagnostic.Diagnostics;
import org.apparatus.diagnostic.SourcePos;
import org.apparatus.model.MediaFile;

/**
 * Finds the files that images refer to: a path relative to the Markdown file that uses it, which must
 * stay inside the content directory, exist, and be a raster image. Each file is published once under
 * {@code media/}, at its path inside the content directory.
 */
public final class MediaResolver {
  private static final List<String> IMAGE_TYPES = List.of("png", "jpg", "jpeg", "gif", "webp", "avif");

  private final Path projectRoot;
  private final Path contentDir;
  private final Diagnostics diagnostics;
  private final Map<String, MediaFile> found = new TreeMap<>();

  public MediaResolver(Path projectRoot, Path contentDir, Diagnostics diagnostics) {
    this.projectRoot = projectRoot.toAbsolutePath().normalize();
    this.contentDir = contentDir.toAbsolutePath().normalize();
    this.diagnostics = diagnostics;
  }

  /** The published path of the image {@code src} used in {@code sourcePath}, or empty after a diagnostic. */
  public Optional<String> resolve(String sourcePath, String src, SourcePos pos) {
    String ref = src.strip();
    if (ref.isEmpty()) {
      diagnostics.warning(Code.UNSUPPORTED_MARKUP, pos, "an image without a file is left out", "give the image's path, e.g. `![Caption](images/figure-1.png)`");
      return Optional.empty();
    }
    if (UrlPolicy.allow(ref).isEmpty()) {
      diagnostics.warning(Code.UNSAFE_URL, pos, "image address `" + shorten(ref) + "` is not allowed; the image is left out",
          "give the image's path inside content/, e.g. `images/figure-1.png`");
      return Optional.empty();
    }
    if (ref.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || ref.startsWith("//")) {
      diagnostics.error(Code.EXTERNAL_ASSET, pos, "image `" + shorten(ref) + "` is not a file of the edition",
          "the site must work offline and load nothing from elsewhere: save the image under content/ and give its relative path");
      return Optional.empty();
    }
    String path = ref.replaceAll("[?#].*$", "");
    Path file;
    try {
      Path md = projectRoot.resolve(sourcePath).getParent();
      file = md.resolve(java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8)).normalize();
    } catch (IllegalArgumentException e) {
      diagnostics.error(Code.MISSING_MEDIA, pos, "image path `" + shorten(ref) + "` is not a valid file path", "give a relative path such as `images/figure-1.png`");
      return Optional.empty();
    }
    if (!file.startsWith(contentDir)) {
      diagnostics.error(Code.MISSING_MEDIA, pos, "image `" + shorten(ref) + "` lies outside the content directory",
          "put the file under content/ (e.g. next to the text) and refer to it relative to the Markdown file");
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      diagnostics.error(Code.MISSING_MEDIA, pos, "image file `" + projectRoot.relativize(file).toString().replace('\\', '/') + "` not found",
          "the path is relative to the Markdown file that uses it; check the spelling and the folder");
      return Optional.empty();
    }
    try {
      if (!file.toRealPath().startsWith(contentDir.toRealPath())) {
        diagnostics.error(Code.MISSING_MEDIA, pos, "image `" + shorten(ref) + "` is a link to a file outside the content directory",
            "copy the file itself into content/ instead of linking to it");
        return Optional.empty();
      }
    } catch (IOException e) {
      diagnostics.error(Code.IO_ERROR, pos, "cannot read image `" + shorten(ref) + "`: " + e.getMessage(), "");
      return Optional.empty();
    }
    String name = file.getFileName().toString();
    String type = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    if (!IMAGE_TYPES.contains(type)) {
      diagnostics.error(Code.MISSING_MEDIA, pos, "`" + name + "` is not an image type the edition publishes",
          "use one of " + String.join(", ", IMAGE_TYPES) + " (SVG can carry scripts; convert it to PNG)");
      return Optional.empty();
    }
    String sitePath = "media/" + contentDir.relativize(file).toString().replace('\\', '/');
    found.putIfAbsent(sitePath, new MediaFile(file, sitePath));
    return Optional.of(sitePath);
  }

  /** Every file resolved so far, by published path. */
  public List<MediaFile> files() {
    return List.copyOf(found.values());
  }

  private static String shorten(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "…" : s;
  }
}
