package org.apparatus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The preview answers every request with a status and a body, never serves a file from outside
 * the site through a symbolic link, and shows a rebuild that crashed instead of going silent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeHardeningTest {
  private static final String SECRET = "secret outside the site";
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private PreviewFixture fixture;

  @BeforeAll
  void start(@TempDir Path tmp) throws IOException {
    fixture = PreviewFixture.start(tmp);
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.writeString(outside.resolve("passwd.html"), SECRET);
    Files.createSymbolicLink(fixture.site.resolve("passwd.html"), outside.resolve("passwd.html"));
    Files.createSymbolicLink(fixture.site.resolve("linked"), outside);
    Files.createSymbolicLink(fixture.site.resolve("dangling.html"), tmp.resolve("nothing-here"));
  }

  @AfterAll
  void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @ParameterizedTest
  @CsvSource({"/passwd.html", "/linked/passwd.html", "/linked/", "/dangling.html"})
  void aSymbolicLinkOutOfTheSiteIsNotFound(String path) throws IOException {
    String response = raw("GET " + path + " HTTP/1.1");
    assertTrue(response.startsWith("HTTP/1.1 404 "), path + " → " + response);
    assertFalse(response.contains(SECRET), path);
  }

  /** Request line → status. Each answer must also carry a body that says what happened. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "GET /index.html/child HTTP/1.1 | 404",
      "GET /index.html/ HTTP/1.1 | 404",
      "GET /%00 HTTP/1.1 | 403",
      "GET /a%00b.html HTTP/1.1 | 403",
      "GET /%zz HTTP/1.1 | 400",
      "GET /..%5c..%5cetc%5cpasswd HTTP/1.1 | 403",
      "GET relative.html HTTP/1.1 | 404",
      "BREW /index.html HTTP/1.1 | 405",
      "DELETE /index.html HTTP/1.1 | 405",
  })
  void malformedRequestsGetAStatusAndABody(String requestLine, int status) throws IOException {
    assertAnswered(requestLine, status);
  }

  @Test
  void overLongNamesAndPathsGetAStatusAndABody() throws IOException {
    assertAnswered("GET /" + "a".repeat(300) + ".html HTTP/1.1", 404);
    assertAnswered("GET /" + "a".repeat(300) + "/index.html HTTP/1.1", 404);
    assertAnswered("GET /" + "abc/".repeat(1200) + "x.html HTTP/1.1", 404);
    assertAnswered("GET /alpha/" + "%C3%A9".repeat(200) + " HTTP/1.1", 404);
  }

  private void assertAnswered(String requestLine, int status) throws IOException {
    String response = raw(requestLine);
    assertTrue(response.startsWith("HTTP/1.1 " + status + " "), requestLine + " → " + firstLine(response));
    int bodyStart = response.indexOf("\r\n\r\n");
    assertTrue(bodyStart > 0 && response.length() > bodyStart + 4, requestLine + " answered without a body: " + response);
  }

  @Test
  void aRebuildThatCrashesIsShownOnThePageAndTheLastGoodSiteStaysServed(@TempDir Path tmp) throws Exception {
    Path site = tmp.resolve("site");
    Path watched = Files.createDirectories(tmp.resolve("content"));
    AtomicInteger builds = new AtomicInteger();
    LivePreview preview = LivePreview.start(new LivePreview.Settings(site, "127.0.0.1", 0, List.of(watched), Duration.ofMillis(50)),
        () -> {
          if (builds.incrementAndGet() == 1) {
            try {
              Files.createDirectories(site);
              Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><body><p>good build</p></body></html>");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            return new BuildReport(true, "");
          }
          return deepRecursion(0);
        });
    try (preview; EventStream events = EventStream.open(preview.url().resolve(LiveEvents.PATH + "?generation=1"))) {
      Files.writeString(watched.resolve("change.md"), "x");
      EventStream.Event error = events.await("build-error", TIMEOUT);
      assertTrue(error.data().contains("StackOverflowError"), error.data());
      assertTrue(error.data().contains("internal error"), error.data());
      String page = new String(preview.url().resolve("index.html").toURL().openStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(page.contains("good build"), "the last good site is still served");
    }
    assertEquals(2, builds.get());
  }

  @Test
  void aCrashReportNamesTheErrorAndWhereItHappened() {
    BuildReport report = BuildReport.crashed(new IllegalStateException("boom"));
    assertFalse(report.succeeded());
    assertTrue(report.diagnostics().startsWith("internal error: the build stopped with java.lang.IllegalStateException: boom"),
        report.diagnostics());
    assertTrue(report.diagnostics().contains("    at org.apparatus.serve.ServeHardeningTest"), report.diagnostics());
  }

  private static BuildReport deepRecursion(int depth) {
    return depth < Integer.MAX_VALUE ? deepRecursion(depth + 1) : null;
  }

  private String raw(String requestLine) throws IOException {
    URI url = fixture.preview.url();
    try (Socket socket = new Socket(url.getHost(), url.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write((requestLine + "\r\nHost: " + url.getHost() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String firstLine(String response) {
    int end = response.indexOf("\r\n");
    return end < 0 ? "<no response>" + response : response.substring(0, end);
  }
}
