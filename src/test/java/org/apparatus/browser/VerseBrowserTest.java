package org.apparatus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Verse in Chromium, on the verse fixture at 1280 and 375 px: a line number every fifth line, inside the window and
 * clear of the line's words and of every margin note; every number on hover and focus; indentation kept; a long line
 * wrapped with a hanging indent; right-to-left verse indented from the right; every fifth number in print. Screenshots go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(Chromium.LOCK)
class VerseBrowserTest {
  private static final int SCREEN = 900;
  private ChromeDriver driver;
  private Path site;
  private Path rtlSite;

  @BeforeAll
  void start(@TempDir Path tmp) {
    driver = Chromium.shared();
    site = tmp.resolve("verse");
    Build.Result result = Fixtures.build(Fixtures.RESOURCES.resolve("fixtures/verse"), Fixtures.TEMPLATES, site, true, true);
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    rtlSite = tmp.resolve("constructs");
    Build.Result rtl = Fixtures.build(Fixtures.RESOURCES.resolve("fixtures/constructs"), Fixtures.TEMPLATES, rtlSite, true, true);
    assertFalse(rtl.failed(), () -> rtl.diagnostics().sorted().toString());
  }

  private void open(Path root, String page, int width) {
    driver.manage().window().setSize(new Dimension(width, SCREEN));
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", SCREEN, "deviceScaleFactor", 1, "mobile", false));
    driver.get(root.resolve(page).toUri().toString());
  }

  /** Per line: its number's opacity and box, and where the first and the last rows of its words begin. */
  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> lines() {
    return (List<Map<String, Object>>) driver.executeScript("""
        return Array.from(document.querySelectorAll('.line[id]')).map(function (line) {
          var ln = line.querySelector(':scope > .ln'), r = ln.getBoundingClientRect();
          // the rows of the line's own words: not its number, note markers, notes or tooltips
          var rows = [], walk = document.createTreeWalker(line, NodeFilter.SHOW_TEXT), t;
          while ((t = walk.nextNode())) {
            if (!t.textContent.trim() || t.parentElement.closest('.ln, .sn, .tip, .mk, .cite-slot, .block-backlinks')) continue;
            var range = document.createRange();
            range.selectNodeContents(t);
            rows = rows.concat(Array.from(range.getClientRects()).filter(function (x) { return x.width > 0; }));
          }
          var tops = Array.from(new Set(rows.map(function (x) { return Math.round(x.top); })));
          var start = function (top) {
            var row = rows.filter(function (x) { return Math.round(x.top) === top; });
            return getComputedStyle(line).direction === 'rtl' ? Math.max.apply(null, row.map(function (x) { return x.right; }))
                : Math.min.apply(null, row.map(function (x) { return x.left; }));
          };
          return {id: line.id, opacity: Number(getComputedStyle(ln).opacity), text: ln.textContent,
            left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width,
            rows: tops.length, firstStart: start(tops[0]), lastStart: start(tops[tops.length - 1]),
            wordsLeft: Math.min.apply(null, rows.map(function (x) { return x.left; })), emPx: parseFloat(getComputedStyle(line).fontSize)};
        });""");
  }

  private static double num(Map<String, Object> m, String key) {
    return ((Number) m.get(key)).doubleValue();
  }

  @ParameterizedTest
  @ValueSource(ints = {1280, 375})
  void everyFifthLineShowsItsNumberInsideTheWindowAndClearOfItsWords(int width) {
    open(site, "sonnet/index.html", width);
    List<Map<String, Object>> lines = lines();
    assertEquals(14, lines.size(), "the sonnet has 14 lines");
    for (int i = 0; i < lines.size(); i++) {
      Map<String, Object> line = lines.get(i);
      int n = i + 1;
      assertEquals("l" + n, line.get("id"));
      assertEquals("l. " + n, line.get("text"), "the locator reads l. N for copying and citing");
      if (n % 5 == 0) {
        assertEquals(1.0, num(line, "opacity"), 0.01, "l. " + n + " shows its number at " + width + " px");
        assertTrue(num(line, "width") > 4 && num(line, "left") >= 0 && num(line, "right") <= width,
            "the number of l. " + n + " is inside the window at " + width + " px: " + line);
        assertTrue(num(line, "right") <= num(line, "wordsLeft"), "the number of l. " + n + " stands clear of its words: " + line);
      } else {
        assertEquals(0.0, num(line, "opacity"), 0.01, "l. " + n + " hides its number until pointed at");
      }
    }
    System.out.printf("verse at %d px: numbers of l. 5 and l. 10 at x=%.0f..%.0f, words from x=%.0f%n", width,
        num(lines.get(4), "left"), num(lines.get(4), "right"), num(lines.get(4), "wordsLeft"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1280, 375})
  void lineNumbersNeverOverlapAMarginNote(int width) {
    open(site, "sonnet/index.html", width);
    if (width < 1100) {
      // on a narrow screen a note opens below its line: open all of them
      driver.findElements(By.cssSelector(".line .mk")).forEach(WebElement::click);
    }
    Object overlap = driver.executeScript("""
        var notes = Array.from(document.querySelectorAll('.body .sn[id]')).map(function (n) { return n.getBoundingClientRect(); })
          .filter(function (r) { return r.height > 0; });
        if (notes.length < 4) return 'only ' + notes.length + ' notes shown';
        var hit = null;
        document.querySelectorAll('.line > .ln').forEach(function (ln) {
          var a = ln.getBoundingClientRect();
          notes.forEach(function (b) {
            if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) hit = ln.textContent;
          });
        });
        return hit;""");
    assertEquals(null, overlap, "at " + width + " px a line number overlaps a margin note");
  }

  @Test
  void everyNumberShowsOnHoverAndOnFocus() {
    open(site, "sonnet/index.html", 1280);
    WebElement line = driver.findElement(By.id("l3"));
    WebElement number = line.findElement(By.cssSelector(".ln"));
    assertEquals("0", number.getCssValue("opacity"));
    new Actions(driver).moveToElement(line).perform();
    assertEquals("1", number.getCssValue("opacity"), "pointing at a line shows its number");
    new Actions(driver).moveToElement(driver.findElement(By.cssSelector("h1"))).perform();
    driver.executeScript("arguments[0].focus()", driver.findElement(By.cssSelector("#l7 > .ln")));
    assertEquals("1", driver.findElement(By.cssSelector("#l7 > .ln")).getCssValue("opacity"), "a focused number shows");
  }

  @ParameterizedTest
  @ValueSource(ints = {1280, 375})
  void aLongLineWrapsWithAHangingIndentAndIndentationIsKept(int width) {
    open(site, "poem/index.html", width);
    List<Map<String, Object>> lines = lines();
    assertEquals(8, lines.size(), "the poem numbers its lines through both parts");
    Map<String, Object> longLine = lines.get(6);
    assertEquals("l7", longLine.get("id"), "the second part goes on from l. 5");
    assertTrue(num(longLine, "rows") >= 2, "the long line wraps at " + width + " px: " + longLine);
    double hang = num(longLine, "lastStart") - num(longLine, "firstStart");
    assertEquals(3 * num(longLine, "emPx"), hang, 2.0, "a wrapped line hangs by 3 em, deeper than any indentation but the widest, at " + width + " px: " + longLine);
    double indent = num(lines.get(3), "firstStart") - num(lines.get(2), "firstStart");
    assertEquals(4 * 0.5 * num(longLine, "emPx"), indent, 2.0, "l. 4, written with four spaces of indentation, stands in by 2 em");
    System.out.printf("verse at %d px: hanging indent %.1f px, indentation of l. 4 %.1f px%n", width, hang, indent);
  }

  @Test
  void printKeepsEveryFifthNumberInTheMargin() {
    open(site, "sonnet/index.html", 1280);
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      List<Map<String, Object>> lines = lines();
      Map<String, Object> l10 = lines.get(9);
      assertTrue(num(l10, "width") > 4 && num(l10, "right") <= num(l10, "wordsLeft"),
          "in print l. 10 has its number beside its words: " + l10);
      assertEquals("none", driver.findElement(By.cssSelector("#l9 > .ln")).getCssValue("display"), "l. 9 prints no number");
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void rightToLeftVerseIsIndentedFromTheRight() {
    open(rtlSite, "ghazal/index.html", 375);
    List<Map<String, Object>> lines = lines();
    assertEquals(4, lines.size());
    double first = num(lines.get(0), "firstStart");
    double second = num(lines.get(1), "firstStart");
    assertTrue(second < first - 10, "the indented second line starts further left than the first: " + first + " / " + second);
    new Actions(driver).moveToElement(driver.findElement(By.id("l1"))).perform();
    Map<String, Object> l1 = lines().get(0);
    assertTrue(num(l1, "left") >= num(l1, "firstStart") && num(l1, "right") <= 375,
        "the number sits to the right of a right-to-left line, inside the window: " + l1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sonnet/index.html", "poem/index.html"})
  void versePagesPassAxeAtWcag21AA(String page) {
    open(site, page, 1280);
    Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
    List<Rule> violations = results.getViolations();
    assertTrue(violations.isEmpty(), () -> page + ": " + violations.stream()
        .map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget()))
            .collect(Collectors.joining(", "))).collect(Collectors.joining("\n")));
  }

  @Test
  void theTextFragmentOfAQuoteAcrossALineEndHighlightsBothLines() throws Exception {
    String exported = Files.readString(site.resolve("exports/annotations.jsonld"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("sonnet/index\\.html#l1(:~:text=day[^\"]+)").matcher(exported);
    assertTrue(m.find(), "the annotation of the quote across l. 1 and l. 2 has a text directive");
    String directive = m.group(1);
    assertTrue(directive.contains(","), "from the first line's words to the last line's: " + directive);
    try (SiteServer server = new SiteServer(site, "/")) {
      open(site, "sonnet/index.html", 1280);
      // without the anchor, so only the directive can place the highlight; browsers apply directives over HTTP
      driver.get(server.url("sonnet/index.html?across#" + directive));
      boolean painted = false;
      for (int attempt = 0; attempt < 10 && !painted; attempt++) {
        Thread.sleep(100);
        painted = bothPartsPainted();
      }
      assertTrue(painted, "the browser highlights \"day?\" on l. 1 and \"Thou art more lovely\" on l. 2 for " + directive);
    }
  }

  @SuppressWarnings("unchecked")
  private boolean bothPartsPainted() throws IOException {
    List<Map<String, Number>> centres = (List<Map<String, Number>>) driver.executeScript("""
        if (!document.getElementById('paint')) {
          var s = document.createElement('style'); s.id = 'paint';
          s.textContent = '::target-text { background-color: #ff00ff !important; color: #ff00ff !important; }';
          document.head.append(s);
        }
        return Array.from(document.querySelectorAll('span.q[data-note="n-lovely"]')).map(function (q) {
          var r = q.getClientRects()[0]; return {x: r.left + r.width / 2, y: r.top + r.height / 2};
        });""");
    java.awt.image.BufferedImage shot = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(driver.getScreenshotAs(OutputType.BYTES)));
    if (centres.size() != 2) {
      return false;
    }
    for (Map<String, Number> c : centres) {
      int rgb = shot.getRGB(c.get("x").intValue(), c.get("y").intValue());
      if (((rgb >> 16) & 0xff) < 200 || ((rgb >> 8) & 0xff) > 80 || (rgb & 0xff) < 200) {
        return false;
      }
    }
    return true;
  }

  @Test
  void screenshotsForAReviewer() throws IOException {
    Path out = Fixtures.PROJECT.resolve("target/screenshots");
    Files.createDirectories(out);
    for (String page : List.of("sonnet", "poem")) {
      for (int width : List.of(1280, 375)) {
        open(site, page + "/index.html", width);
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Path file = out.resolve("verse-" + page + "-" + width + ".png");
        Files.write(file, png);
        assertTrue(png.length > 10_000, "a real screenshot: " + file);
      }
    }
    open(rtlSite, "ghazal/index.html", 375);
    Files.write(out.resolve("verse-ghazal-375.png"), driver.getScreenshotAs(OutputType.BYTES));
  }
}
