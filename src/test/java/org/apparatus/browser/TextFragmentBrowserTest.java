package org.apparatus.browser;

import org.apparatus.edition.BundledEdition;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apparatus.Fixtures;
import org.apparatus.export.TextFragment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every claim in the fact-check index links to its quoted words with a text fragment. In Chromium
 * each directive, without the paragraph anchor to fall back on, must highlight the note's own words:
 * the highlight is painted in a test colour and must cover the first and the last words of the quote.
 *
 * <p>Each text page is loaded once and every claim on it is visited by changing only the fragment: Chromium runs the
 * text search again on such a same-document navigation, but keeps the highlights of earlier directives. So a quote
 * must be unpainted before its own directive and painted after it; a quote an earlier directive already painted
 * (overlapping quotes) is checked on a freshly loaded document instead.
 */
@BundledEdition
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(Chromium.LOCK)
class TextFragmentBrowserTest {
  private static final int MAGENTA = 0xff00ff;
  private static final long PAINT_TIMEOUT_MS = 3000;
  private static final String PAINT_TARGET_TEXT = "if (!document.getElementById('paint-target-text')) {"
      + "  const s = document.createElement('style'); s.id = 'paint-target-text';"
      + "  s.textContent = '::target-text { background-color: #ff00ff !important; color: #ff00ff !important; }';"
      + "  document.head.append(s);"
      + "}";
  private ChromeDriver driver;
  private SiteServer server;
  private Path site;

  /** A claim's directive on the text page it quotes, and whether its highlight must reach the quote's last words. */
  private record Claim(String noteId, String href, String path, String directive, boolean toTheEnd) {}

  @BeforeAll
  void start() throws IOException {
    driver = Chromium.shared();
    site = Fixtures.sharedEdition().site();
    // Served over loopback: browsers apply text fragments to pages loaded over HTTP.
    server = new SiteServer(site, "/");
    driver.manage().window().setSize(new Dimension(1280, 1400));
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void everyClaimLinkHighlightsTheQuotedWords() throws Exception {
    String index = Files.readString(site.resolve("fact-checks/index.html"));
    Map<String, List<Claim>> claimsByPage = new LinkedHashMap<>();
    Map<String, Document> texts = new java.util.HashMap<>();
    int withoutDirective = 0;
    for (Element li : Jsoup.parse(index).select("ul.checks > li")) {
      String href = li.selectFirst("a.quote-link").attr("href");
      String noteId = li.select("a").last().attr("href").replaceFirst(".*#n-", "");
      int hash = href.indexOf('#');
      if (!href.contains(":~:")) {
        withoutDirective++;
        continue;
      }
      String path = URI.create("http://x/fact-checks/index.html").resolve(href.substring(0, hash)).getPath();
      // The anchor is dropped so that it cannot stand in for a failed match.
      String directive = href.substring(href.indexOf(":~:", hash));
      TextFragment parsed = TextFragment.parse(directive).orElseThrow();
      Document text = texts.computeIfAbsent(path, p -> parse(site.resolve(p.substring(1))));
      boolean toTheEnd = !parsed.end().isEmpty() || normalise(parsed.start()).equals(normalise(quoteOf(text, noteId)));
      claimsByPage.computeIfAbsent(path, p -> new ArrayList<>()).add(new Claim(noteId, href, path, directive, toTheEnd));
    }
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, List<Claim>> page : claimsByPage.entrySet()) {
      String url = server.url(page.getKey().substring(1));
      driver.get(url);
      driver.executeScript(PAINT_TARGET_TEXT);
      for (Claim claim : page.getValue()) {
        if (!highlightsQuote(url, claim)) {
          failures.add(claim.noteId() + " " + claim.href());
        }
        checked++;
      }
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
  private boolean highlightsQuote(String url, Claim claim) throws Exception {
    if (highlightedNow(claim, true)) {
      // An earlier directive on this document painted these words already: only a new document can tell.
      driver.get(url + "?note=" + claim.noteId() + "#" + claim.directive());
    } else {
      driver.get(url + "#" + claim.directive());
    }
    // After a fresh document the next claim's navigation loads the page again too; either way the style must be there.
    driver.executeScript(PAINT_TARGET_TEXT);
    long deadline = System.currentTimeMillis() + PAINT_TIMEOUT_MS;
    // The browser searches for the words after the navigation; poll briefly until the highlight is painted.
    while (!highlightedNow(claim, false)) {
      if (System.currentTimeMillis() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }

  /**
   * Whether the highlight is painted on the quote now: on both of its ends ({@code onEither} false, the check), or
   * on either of them ({@code onEither} true, to see whether an earlier directive left it painted; the quote is
   * scrolled into view first). One capture of the box around the two ends serves both.
   */
  private boolean highlightedNow(Claim claim, boolean onEither) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> ends = (Map<String, Object>) driver.executeScript(
        "const parts = document.querySelectorAll('span.q[data-note=\"n-' + arguments[0] + '\"]');"
            + "if (parts.length === 0) return null;"
            + "if (arguments[1]) parts[0].scrollIntoView({block: 'center'});"
            + "const edge = el => { const r = el.getClientRects(); return [r[0], r[r.length - 1]]; };"
            + "const first = edge(parts[0])[0], last = edge(parts[parts.length - 1])[1];"
            + "const box = {left: Math.floor(Math.min(first.left, last.left)), top: Math.floor(Math.min(first.top, last.top)),"
            + "  right: Math.ceil(Math.max(first.right, last.right)), bottom: Math.ceil(Math.max(first.bottom, last.bottom))};"
            + "const inBox = r => ({x: r.left - box.left, y: r.top - box.top, w: r.width, h: r.height});"
            + "return {x: box.left + scrollX, y: box.top + scrollY, w: box.right - box.left, h: box.bottom - box.top,"
            + "  inView: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth,"
            + "  first: inBox(first), last: inBox(last)};",
        claim.noteId(), onEither);
    if (ends == null) {
      return false;
    }
    BufferedImage shot = capture(ends);
    @SuppressWarnings("unchecked")
    boolean first = painted(shot, (Map<String, Number>) ends.get("first"));
    @SuppressWarnings("unchecked")
    boolean last = claim.toTheEnd() && painted(shot, (Map<String, Number>) ends.get("last"));
    return onEither ? first || last : first && (last || !claim.toTheEnd());
  }

  /** A screenshot of the box (in document coordinates) only, at one pixel per CSS pixel. */
  private BufferedImage capture(Map<String, Object> box) throws IOException {
    Map<String, Object> clip = Map.of("x", box.get("x"), "y", box.get("y"), "width", box.get("w"), "height", box.get("h"),
        "scale", 1);
    // Capturing beyond the viewport makes Chromium lay the whole page out again: only when the words are out of view.
    String data = (String) driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("clip", clip, "captureBeyondViewport", !Boolean.TRUE.equals(box.get("inView")))).get("data");
    return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(data)));
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

  private static Document parse(Path file) {
    try {
      return Jsoup.parse(Files.readString(file));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The note's quoted words as the page shows them, without the markers and notes inside. */
  private static String quoteOf(Document text, String noteId) {
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
}
