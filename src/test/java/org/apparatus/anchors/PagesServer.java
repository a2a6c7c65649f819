package org.apparatus.anchors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Serves a built site under a path prefix, as GitHub Pages serves a project site
 * ({@code https://<user>.github.io/<repo>/}): a directory URL serves its index.html, anything else
 * outside the site is 404.
 */
final class PagesServer implements AutoCloseable {
  private final HttpServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  PagesServer(Path site, String prefix) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(prefix, exchange -> serve(exchange, site, prefix));
    server.start();
  }

  /** The server's origin, e.g. {@code http://127.0.0.1:41234}. */
  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Fetches a path (such as {@code /edition/movahedian/index.html}); returns the body, or null if not 200. */
  String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(origin() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200 ? response.body() : null;
  }

  private static void serve(HttpExchange exchange, Path site, String prefix) throws IOException {
    String path = exchange.getRequestURI().getPath().substring(prefix.length());
    Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
    if (!file.startsWith(site) || !Files.isRegularFile(file)) {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    byte[] body = Files.readAllBytes(file);
    exchange.getResponseHeaders().set("Content-Type", file.toString().endsWith(".json") ? "application/json" : "text/html; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
