package org.apparatus.browser;

import org.apparatus.edition.BundledEdition;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apparatus.Fixtures;
import org.apparatus.export.TextFragment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every claim in the fact-check index links to its quoted words with a text fragment. In Chromium
 * each directive, without the paragraph anchor to fall back on, must highlight the note's own words:
 * the highlight is painted in a test colour and must cover the first and the last words of the quote.
 */
@BundledEdition
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextFragmentBrowserTest {
  private static final int MAGENTA = 0xff00ff;
  private ChromeDriver driver;
  private HttpServer server;
  private Path site;

  @BeforeAll
  void start(@TempDir Path tmp) throws IOException {
    driver = Chromium.startOrSkip();
    site = tmp.resolve("site");
    Fixtures.buildEdition(site);
    // Served over loopback: browsers apply text fragments to pages loaded over HTTP.
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      Path file = site.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      if (Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      if (!file.startsWith(site) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
        return;
      }
      String name = file.getFileName().toString();
      exchange.getResponseHeaders().set("Content-Type", name.endsWith(".css") ? "text/css"
          : name.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8");
      byte[] body = Files.readAllBytes(file);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    driver.manage().window().setSize(new Dimension(1280, 1400));
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void everyClaimLinkHighlightsTheQuotedWords() throws Exception {
    String index = Files.readString(site.resolve("fact-checks/index.html"));
    List<String> failures = new ArrayList<>();
    int checked = 0;
    int withoutDirective = 0;
    Map<String, org.jsoup.nodes.Document> texts = new java.util.HashMap<>();
    for (Element li : Jsoup.parse(index).select("ul.checks > li")) {
      String href = li.selectFirst("a.quote-link").attr("href");
      String noteId = li.select("a").last().attr("href").replaceFirst(".*#n-", "");
      int hash = href.indexOf('#');
      if (!href.contains(":~:")) {
        withoutDirective++;
        continue;
      }
      String path = URI.create("http://x/fact-checks/index.html").resolve(href.substring(0, hash)).getPath();
      // A query makes every visit a new document; the anchor is dropped so that it cannot stand in for a failed match.
      String directive = href.substring(href.indexOf(":~:", hash));
      TextFragment parsed = TextFragment.parse(directive).orElseThrow();
      org.jsoup.nodes.Document text = texts.computeIfAbsent(path, p -> parse(site.resolve(p.substring(1))));
      boolean toTheEnd = !parsed.end().isEmpty() || normalise(parsed.start()).equals(normalise(quoteOf(text, noteId)));
      driver.get("http://127.0.0.1:" + server.getAddress().getPort() + path + "?note=" + noteId + "#" + directive);
      if (!highlightsQuote(noteId, toTheEnd)) {
        failures.add(noteId + " " + href);
      }
      checked++;
    }
    assertTrue(withoutDirective <= 5, withoutDirective + " claims link to their paragraph only");
    assertTrue(checked >= 100, "the edition's fact-checks were found: " + checked);
    assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " text fragments miss their quote:\n" + String.join("\n", failures));
  }

  /**
   * Paints the text-fragment highlight magenta and looks for it on the quote's first words and, for a
   * start-and-end directive, its last words. (A directive of the first words alone is made where the
   * end could not be told apart from a note shown inside the quote.)
   */
  private boolean highlightsQuote(String noteId, boolean toTheEnd) throws Exception {
    // The browser searches for the words after the load event; give it a moment.
    for (int attempt = 0; attempt < 10; attempt++) {
      if (highlightedNow(noteId, toTheEnd)) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  private boolean highlightedNow(String noteId, boolean toTheEnd) throws IOException {
    @SuppressWarnings("unchecked")
    List<Map<String, Number>> rects = (List<Map<String, Number>>) driver.executeScript(
        "if (!document.getElementById('paint-target-text')) {"
            + "  const s = document.createElement('style'); s.id = 'paint-target-text';"
            + "  s.textContent = '::target-text { background-color: #ff00ff !important; color: #ff00ff !important; }';"
            + "  document.head.append(s);"
            + "}"
            + "const parts = document.querySelectorAll('span.q[data-note=\"n-' + arguments[0] + '\"]');"
            + "if (parts.length === 0) return [];"
            + "const edge = el => { const r = el.getClientRects(); return [r[0], r[r.length - 1]]; };"
            + "const first = edge(parts[0])[0], last = edge(parts[parts.length - 1])[1];"
            + "return [first, last].map(r => ({x: r.left, y: r.top, w: r.width, h: r.height}));", noteId);
    if (rects.size() != 2) {
      return false;
    }
    BufferedImage shot = ImageIO.read(new ByteArrayInputStream(driver.getScreenshotAs(OutputType.BYTES)));
    return painted(shot, rects.get(0)) && (!toTheEnd || painted(shot, rects.get(1)));
  }

  private static org.jsoup.nodes.Document parse(Path file) {
    try {
      return Jsoup.parse(Files.readString(file));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The note's quoted words as the page shows them, without the markers and notes inside. */
  private static String quoteOf(org.jsoup.nodes.Document text, String noteId) {
    StringBuilder b = new StringBuilder();
    for (Element q : text.select("span.q[data-note=n-" + noteId + "]")) {
      Element copy = q.clone();
      copy.select(".nt, .mk, .sn, .tip").remove();
      b.append(copy.wholeText());
    }
    return b.toString();
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static boolean painted(BufferedImage shot, Map<String, Number> rect) {
    int x0 = Math.max(0, rect.get("x").intValue());
    int y0 = Math.max(0, rect.get("y").intValue());
    int x1 = Math.min(shot.getWidth(), x0 + rect.get("w").intValue());
    int y1 = Math.min(shot.getHeight(), y0 + rect.get("h").intValue());
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        if ((shot.getRGB(x, y) & 0xffffff) == MAGENTA) {
          return true;
        }
      }
    }
    return false;
  }
}
