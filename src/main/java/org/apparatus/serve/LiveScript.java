package org.apparatus.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The live-reload client: served at {@link #PATH} and added to every HTML response of the preview.
 * The files on disk never contain it.
 */
final class LiveScript implements HttpHandler {
  static final String PATH = "/__apparatus/live.js";
  private final byte[] source = load();

  /**
   * The page with the client appended to its body. The client is told which build the page comes
   * from, so it reloads if a newer one finished before it connected.
   */
  static byte[] inject(byte[] html, long generation) {
    Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
    page.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
    page.body().appendElement("script")
        .attr("src", PATH)
        .attr("data-generation", Long.toString(generation));
    return page.outerHtml().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestURI().getPath().equals(PATH)) {
        Responses.send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
        return;
      }
      Responses.send(exchange, 200, ContentTypes.of(PATH), source);
    }
  }

  private static byte[] load() {
    try (InputStream in = LiveScript.class.getResourceAsStream("live.js")) {
      if (in == null) {
        throw new IllegalStateException("live.js is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
