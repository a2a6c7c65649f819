package org.apparatus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview's web server over the built fixture edition: files, types, directories, refusals. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LivePreviewServingTest {
  private static final String SECRET = "outside the site";
  private PreviewFixture fixture;

  @BeforeAll
  void start(@TempDir Path tmp) throws IOException {
    fixture = PreviewFixture.start(tmp);
    Files.writeString(tmp.resolve("secret.txt"), SECRET);
  }

  @AfterAll
  void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void listensOnTheFreePortItWasGiven() {
    URI url = fixture.preview.url();
    assertEquals("http", url.getScheme());
    assertEquals("127.0.0.1", url.getHost());
    assertTrue(url.getPort() > 0, url.toString());
    assertEquals("/", url.getPath());
  }

  @Test
  void pagesAreServedWithTheLiveClientWhileTheFilesOnDiskHaveNone() throws Exception {
    HttpResponse<String> page = fixture.get("alpha/index.html");
    assertEquals(200, page.statusCode());
    assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
    Element client = Jsoup.parse(page.body()).selectFirst("body > script[src=" + LiveScript.PATH + "]");
    assertNotNull(client, "live client appended to the body");
    assertEquals("1", client.attr("data-generation"), "the first build is number 1");

    String onDisk = Files.readString(fixture.site.resolve("alpha/index.html"));
    assertFalse(onDisk.contains("__apparatus"), "the built file never contains the client");
    assertEquals(Jsoup.parse(onDisk).select("p").eachText(), Jsoup.parse(page.body()).select("p").eachText(),
        "the page is served as built");
  }

  @Test
  void aDirectoryAnswersWithItsIndexAndWithoutItsSlashIsRedirected() throws Exception {
    assertEquals(fixture.get("index.html").body(), fixture.get("").body());
    assertEquals(fixture.get("alpha/index.html").body(), fixture.get("alpha/").body());
    HttpResponse<String> bare = fixture.get("alpha");
    assertEquals(301, bare.statusCode());
    assertEquals("/alpha/", bare.headers().firstValue("Location").orElse(""));
  }

  @ParameterizedTest
  @CsvSource({
      "assets/style.css, text/css; charset=utf-8",
      "assets/app.js, text/javascript; charset=utf-8",
      "__apparatus/live.js, text/javascript; charset=utf-8",
      "extra/figure.svg, image/svg+xml",
      "extra/search.json, application/json",
      "extra/claims.jsonld, application/ld+json",
      "extra/edition.epub, application/epub+zip",
      "extra/sources.zip, application/zip",
      "extra/sitemap.xml, application/xml",
      "extra/robots.txt, text/plain; charset=utf-8",
      "extra/unknown.bin, application/octet-stream",
  })
  void filesAreServedWithTheirContentType(String path, String type) throws Exception {
    Path file = fixture.site.resolve(path);
    if (path.startsWith("extra/")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, "payload of " + path);
    }
    HttpResponse<byte[]> response = HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(fixture.url(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode(), path);
    assertEquals(type, response.headers().firstValue("Content-Type").orElse(""), path);
    if (!path.startsWith("__apparatus/")) {
      assertEquals(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), new String(response.body(), StandardCharsets.UTF_8));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/alpha/..%2f..%2fsecret.txt",
      "/assets/%2E%2E/%2E%2E/secret.txt",
      "/alpha/..%5c..%5csecret.txt",
  })
  void pathsThatLeaveTheSiteAreRefused(String rawPath) throws IOException {
    String response = rawGet(rawPath);
    assertTrue(response.startsWith("HTTP/1.1 403 "), rawPath + " → " + response);
    assertFalse(response.contains(SECRET), rawPath);
  }

  @Test
  void aMissingFileGetsTheSites404PageWhenThereIsOne() throws Exception {
    Path custom = fixture.site.resolve("404.html");
    byte[] built = Files.exists(custom) ? Files.readAllBytes(custom) : null;
    Files.deleteIfExists(custom);
    try {
      HttpResponse<String> plain = fixture.get("no/such/page.html");
      assertEquals(404, plain.statusCode());
      assertTrue(plain.body().contains("<code>/no/such/page.html</code>"), plain.body());
      assertTrue(plain.body().contains(LiveScript.PATH), "a 404 page reloads too once the page exists");

      Files.writeString(custom, "<!DOCTYPE html><html><head><title>Lost</title></head><body><h1>Lost in the apparatus</h1></body></html>");
      HttpResponse<String> designed = fixture.get("still/missing/");
      assertEquals(404, designed.statusCode());
      assertTrue(designed.body().contains("Lost in the apparatus"), designed.body());
      assertTrue(designed.body().contains(LiveScript.PATH));
    } finally {
      if (built == null) {
        Files.deleteIfExists(custom);
      } else {
        Files.write(custom, built);
      }
    }
  }

  @Test
  void onlyReadingMethodsAreAllowed() throws Exception {
    HttpResponse<String> post = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(fixture.url("index.html")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
    assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
  }

  /** Sends the path exactly as written; HTTP clients and browsers would remove its dot segments. */
  private String rawGet(String rawPath) throws IOException {
    URI url = fixture.preview.url();
    try (Socket socket = new Socket(url.getHost(), url.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: " + url.getHost() + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
