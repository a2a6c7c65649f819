package org.apparatus.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.apparatus.build.Reuse;

/**
 * The basic fixture edition copied to a temporary project (content/, templates/, site/) and served
 * by a live preview on a free port, with the real build behind it.
 */
public final class PreviewFixture implements AutoCloseable {
  public final Path root;
  public final Path content;
  public final Path templates;
  public final Path site;
  public final LivePreview preview;
  private final HttpClient http = HttpClient.newHttpClient();

  private PreviewFixture(Path root, LivePreview preview) {
    this.root = root;
    this.content = root.resolve("content");
    this.templates = root.resolve("templates");
    this.site = root.resolve("site");
    this.preview = preview;
  }

  public static PreviewFixture start(Path root) throws IOException {
    copyEdition(root);
    Path content = root.resolve("content");
    Path templates = root.resolve("templates");
    Path site = root.resolve("site");
    // as apparatus serve does: each build reuses what the previous one left and writes only what changed
    Reuse reuse = Reuse.acrossBuilds();
    LivePreview preview = LivePreview.start(new LivePreview.Settings(site, "127.0.0.1", 0, List.of(content, templates)),
        () -> BuildReport.of(Build.run(new Build.Options(root, content, templates, site, null, true, true), reuse)));
    return new PreviewFixture(root, preview);
  }

  /** Copies the basic fixture's content/ and the default templates/ into {@code root}. */
  public static void copyEdition(Path root) throws IOException {
    Fixtures.copyTree(Fixtures.RESOURCES.resolve("fixtures/basic/content"), root.resolve("content"));
    Fixtures.copyTree(Fixtures.TEMPLATES, root.resolve("templates"));
  }

  /**
   * Replaces text in a file the way editors save: a complete new file renamed over the old one, so
   * a build never reads it half written.
   */
  public static void replaceIn(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), () -> file + " contains " + from);
    Path pending = Files.createTempFile(file.getParent(), ".", ".tmp");
    Files.writeString(pending, text.replace(from, to), StandardCharsets.UTF_8);
    Files.move(pending, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public URI url(String path) {
    return preview.url().resolve(path);
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    preview.close();
  }
}
