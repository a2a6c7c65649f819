package org.apparatus.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Serves the built site: a directory answers with its index.html, a path that would leave the site
 * is refused, a missing file gets the site's 404.html if it has one. HTML gets the live-reload client.
 */
final class SiteFiles implements HttpHandler {
  private final Path site;
  private final LongSupplier generation;

  /** @param generation the number of the build whose files are on disk, handed to the client */
  SiteFiles(Path site, LongSupplier generation) {
    this.site = site.toAbsolutePath().normalize();
    this.generation = generation;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        answer(exchange);
      } catch (IOException | RuntimeException e) {
        // every request gets an answer, even one the file system cannot make sense of
        if (exchange.getResponseCode() < 0) {
          Responses.send(exchange, 500, "text/plain; charset=utf-8", bytes("internal error: " + e.getClass().getSimpleName()));
        }
      }
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        Responses.send(exchange, 405, "text/plain; charset=utf-8", bytes("method not allowed"));
        return;
      }
      String path = exchange.getRequestURI().getPath();
      Optional<Path> located = locate(site, path);
      if (located.isEmpty()) {
        Responses.send(exchange, 403, "text/plain; charset=utf-8", bytes("forbidden: the path leaves the site"));
        return;
      }
      Path file = located.get();
      if (!insideSite(file)) {
        notFound(exchange, path);
        return;
      }
      if (Files.isDirectory(file)) {
        if (!path.endsWith("/")) {
          redirectToDirectory(exchange);
          return;
        }
        file = file.resolve("index.html");
      }
      // a file named like a directory (/index.html/) would be served with every relative link broken
      boolean fileAsDirectory = path.endsWith("/") && !Files.isDirectory(located.get());
      if (fileAsDirectory || !Files.isRegularFile(file) || !insideSite(file)) {
        notFound(exchange, path);
        return;
      }
      try {
        serve(exchange, 200, file);
      } catch (FileSystemException e) {
        // gone since, or a name the file system refuses (too long, below a file)
        notFound(exchange, path);
      }
    }
  }

  /**
   * The file a request path names inside the site, or empty when the path would leave it. Browsers
   * remove dot segments before sending, so any {@code ..} left in a path is refused outright.
   */
  static Optional<Path> locate(Path site, String requestPath) {
    if (requestPath == null || !requestPath.startsWith("/")) {
      return Optional.empty();
    }
    Path file = site;
    try {
      for (String segment : requestPath.split("/")) {
        if (segment.equals("..") || segment.indexOf('\\') >= 0 || segment.indexOf('\0') >= 0) {
          return Optional.empty();
        }
        if (!segment.isEmpty() && !segment.equals(".")) {
          file = file.resolve(segment);
        }
      }
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    Path normalized = file.normalize();
    return normalized.startsWith(site) ? Optional.of(normalized) : Optional.empty();
  }

  /**
   * Whether the real path of {@code file} is inside the real path of the site: a symbolic link in
   * the site never serves a file from outside it. A path the file system cannot resolve is not.
   */
  private boolean insideSite(Path file) {
    try {
      return file.toRealPath().startsWith(site.toRealPath());
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  private void serve(HttpExchange exchange, int status, Path file) throws IOException {
    // read before the file: a page newer than its number only costs a needless reload, never a missed one
    long build = generation.getAsLong();
    String type = ContentTypes.of(file.getFileName().toString());
    byte[] body = Files.readAllBytes(file);
    if (type.equals(ContentTypes.HTML)) {
      body = LiveScript.inject(body, build);
    }
    Responses.send(exchange, status, type, body);
  }

  /** A relative link in {@code /alpha/index.html} only works when the page is at {@code /alpha/}. */
  private static void redirectToDirectory(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query));
    Responses.send(exchange, 301, "text/plain; charset=utf-8", bytes("moved"));
  }

  private void notFound(HttpExchange exchange, String path) throws IOException {
    Path custom = site.resolve("404.html");
    if (Files.isRegularFile(custom) && insideSite(custom)) {
      serve(exchange, 404, custom);
      return;
    }
    Document page = Document.createShell("");
    page.outputSettings().prettyPrint(false);
    page.selectFirst("html").attr("lang", "en");
    page.head().appendElement("meta").attr("charset", "utf-8");
    page.title("Not found");
    page.body().appendElement("h1").text("Not found");
    Element message = page.body().appendElement("p").appendText("The built site has no file at ");
    message.appendElement("code").text(path.length() > 200 ? path.substring(0, 200) + "…" : path);
    message.appendText(".");
    byte[] html = ("<!DOCTYPE html>" + page.outerHtml()).getBytes(StandardCharsets.UTF_8);
    Responses.send(exchange, 404, ContentTypes.HTML, LiveScript.inject(html, generation.getAsLong()));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
