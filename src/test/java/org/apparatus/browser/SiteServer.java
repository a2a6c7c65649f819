package org.apparatus.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site under a path prefix over loopback as a static host does: a folder serves its index.html,
 * and any missing path, at any depth, gets the site's 404.html with status 404.
 */
final class SiteServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
      "js", "text/javascript", "svg", "image/svg+xml", "json", "application/json");
  private final HttpServer server;
  private final String prefix;

  SiteServer(Path site, String prefix) throws IOException {
    this.prefix = prefix;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(prefix, exchange -> serve(exchange, site));
    server.start();
    Chromium.opened("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The URL of a path inside the site, e.g. {@code url("movahedian/")}. */
  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + prefix + path;
  }

  private void serve(HttpExchange exchange, Path site) throws IOException {
    String path = exchange.getRequestURI().getPath().substring(prefix.length());
    Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
    int status = 200;
    if (!file.startsWith(site) || !Files.isRegularFile(file)) {
      file = site.resolve("404.html");
      status = 404;
    }
    String name = file.getFileName().toString();
    String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    byte[] body = "HEAD".equals(exchange.getRequestMethod()) ? new byte[0] : Files.readAllBytes(file);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
