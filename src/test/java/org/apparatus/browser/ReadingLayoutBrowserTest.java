package org.apparatus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The reading layout on the bundled edition in Chromium: every margin note close to its words at 1280x900 (with and
 * without JavaScript), notes that open and close in place by mouse and keyboard, print without blank pages and with
 * endnotes that quote their words, tooltips and the Cite panel, the measure, and the 404 page at a nested path.
 * Screenshots of both text pages at 1280 and 375 px go to target/screenshots/ for a reviewer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(Chromium.LOCK)
class ReadingLayoutBrowserTest {
  private static final int SCREEN = 900;
  private static final int NEAR = 150;
  private static final List<String> TEXTS = List.of("movahedian/index.html", "afrasiabi/index.html");
  private ChromeDriver driver;
  private Path site;
  private Path plainSite;

  @BeforeAll
  void start(@TempDir Path tmp) throws IOException {
    driver = Chromium.shared();
    site = Fixtures.sharedEdition().site();
    plainSite = tmp.resolve("plain");
    Build.Result plain = Fixtures.build(Fixtures.RESOURCES.resolve("fixtures/basic"), Fixtures.TEMPLATES, plainSite, true, true);
    assertFalse(plain.failed(), () -> plain.diagnostics().sorted().toString());
  }

  @AfterEach
  void reset() {
    Chromium.resetEmulation(driver);
  }

  private void open(String page, int width) {
    driver.manage().window().setSize(new Dimension(width, SCREEN));
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", SCREEN, "deviceScaleFactor", 1, "mobile", false));
    driver.get(site.resolve(page).toUri().toString());
  }

  /** Distance of each shown note's top from its marker's top, in document pixels. */
  @SuppressWarnings("unchecked")
  private List<Number> noteDistances() {
    return (List<Number>) driver.executeScript("""
        return Array.from(document.querySelectorAll('article.primary .sn[id]')).filter(function (n) {
          return n.getBoundingClientRect().height > 0;
        }).map(function (n) {
          return Math.abs(n.getBoundingClientRect().top - n.previousElementSibling.getBoundingClientRect().top);
        });""");
  }

  /** The longest vertical run of the article where the text column shows nothing. */
  private double longestBlankRun() {
    return ((Number) driver.executeScript("""
        var article = document.querySelector('article.primary');
        var parts = Array.from(article.querySelectorAll('.text-head > *, .toc, .body > *, .body .text-list > li, .cite-page'))
          .map(function (e) { return e.getBoundingClientRect(); }).filter(function (r) { return r.height > 0; })
          .sort(function (a, b) { return a.top - b.top; });
        var end = article.getBoundingClientRect().bottom, reached = parts[0].top, longest = 0;
        parts.forEach(function (r) { longest = Math.max(longest, r.top - reached); reached = Math.max(reached, r.bottom); });
        return Math.max(longest, end - reached);""")).doubleValue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"movahedian/index.html", "afrasiabi/index.html"})
  void everyNoteIsWithinAScreenOfItsWordsAndNearlyAllWithin150Pixels(String page) {
    open(page, 1280);
    List<Number> distances = noteDistances();
    assertTrue(distances.size() >= 30, page + " shows its notes in the margin: " + distances.size());
    long near = distances.stream().filter(d -> d.doubleValue() <= NEAR).count();
    double worst = distances.stream().mapToDouble(Number::doubleValue).max().orElse(0);
    double blank = longestBlankRun();
    System.out.printf("note distance %s with JavaScript: %d notes, %d within %d px, %d beyond a screen, worst %.0f px, "
        + "longest blank text column %.0f px%n", page, distances.size(), near, NEAR,
        distances.stream().filter(d -> d.doubleValue() > SCREEN).count(), worst, blank);
    assertTrue(worst <= SCREEN, page + ": a note is " + worst + " px from its marker");
    assertTrue(near >= Math.ceil(0.9 * distances.size()), page + ": only " + near + " of " + distances.size() + " within " + NEAR + " px");
    assertTrue(blank <= SCREEN, page + ": " + blank + " px of text column are blank");
    assertNoOverlap(page);
  }

  @ParameterizedTest
  @ValueSource(strings = {"movahedian/index.html", "afrasiabi/index.html"})
  void withoutJavaScriptNotesFloatWithinAScreenOfTheirWords(String page) {
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    open(page, 1280);
    List<Number> distances = noteDistances();
    long near = distances.stream().filter(d -> d.doubleValue() <= NEAR).count();
    double worst = distances.stream().mapToDouble(Number::doubleValue).max().orElse(0);
    double blank = longestBlankRun();
    System.out.printf("note distance %s without JavaScript: %d notes, %d within %d px, worst %.0f px, longest blank text column %.0f px%n",
        page, distances.size(), near, NEAR, worst, blank);
    assertTrue(distances.size() >= 30);
    assertTrue(worst <= SCREEN, page + ": a note floats " + worst + " px from its marker");
    assertTrue(blank <= SCREEN, page + ": " + blank + " px of text column are blank");
    assertNoOverlap(page);
  }

  private void assertNoOverlap(String page) {
    Object overlap = driver.executeScript("""
        var boxes = Array.from(document.querySelectorAll('article.primary .body .sn[id]')).map(function (n) {
          var r = n.getBoundingClientRect(); return {id: n.id, top: r.top, bottom: r.bottom};
        }).sort(function (a, b) { return a.top - b.top; });
        for (var i = 1; i < boxes.length; i++) if (boxes[i].top < boxes[i - 1].bottom - 0.5) return boxes[i - 1].id + ' / ' + boxes[i].id;
        return null;""");
    assertEquals(null, overlap, page + ": margin notes overlap");
  }

  @Test
  void aNoteOpensAndClosesInPlaceByMouseAndKeyboard() {
    open("afrasiabi/index.html", 1280);
    WebElement note = driver.findElement(By.id("n-aliyev"));
    WebElement toggle = driver.findElement(By.id("t-aliyev"));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", note);
    int closed = note.getSize().getHeight();
    assertTrue(closed < 70, "a closed note is a short entry: " + closed + " px");

    new Actions(driver).moveToElement(note.findElement(By.cssSelector(".nb"))).click().perform();
    assertTrue(toggle.isSelected(), "a click on the entry opens it");
    int opened = note.getSize().getHeight();
    assertTrue(opened > closed + 20, "the open note shows its whole body: " + opened + " px");
    assertTrue(distanceOf("n-aliyev") <= NEAR, "the open note stays beside its marker: " + distanceOf("n-aliyev"));
    assertNoOverlap("afrasiabi with a note open");
    assertTrue(note.findElement(By.cssSelector(".back")).isDisplayed(), "an open note links back to its passage");
    assertTrue(note.findElement(By.cssSelector(".nb")).getSize().getHeight() > 40, "its body is shown whole");

    note.findElement(By.cssSelector(".nl")).click();
    assertFalse(toggle.isSelected(), "a click on its head closes it");
    assertEquals(closed, note.getSize().getHeight(), "closed again");

    new Actions(driver).moveToElement(note).perform();
    String quoted = "[data-note='n-aliyev']";
    assertTrue(driver.findElement(By.cssSelector(quoted)).getAttribute("class").contains("hl"), "hovering the note lights its words");
    new Actions(driver).moveToElement(driver.findElement(By.cssSelector(quoted))).perform();
    assertTrue(note.getAttribute("class").contains("hl"), "hovering the words lights the note");

    driver.executeScript("arguments[0].focus()", toggle);
    toggle.sendKeys(Keys.ENTER);
    assertTrue(toggle.isSelected(), "Enter on the focused marker opens the note");
    assertTrue(note.getSize().getHeight() > closed + 20);
    toggle.sendKeys(Keys.SPACE);
    assertFalse(toggle.isSelected(), "Space closes it");
    assertEquals(closed, note.getSize().getHeight());

    note.findElement(By.cssSelector(".nl")).click();
    WebElement back = note.findElement(By.cssSelector(".back"));
    back.click();
    WebElement words = driver.findElement(By.cssSelector(quoted));
    long top = ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().top", words)).longValue();
    assertTrue(top >= 0 && top < SCREEN, "Back to the passage shows the quoted words: top " + top);
  }

  @Test
  void tabbingThroughTheTextNeverJumpsAScreen() {
    open("movahedian/index.html", 1280);
    driver.executeScript("document.getElementById('s1-p1').scrollIntoView(); document.querySelector('#s1-p1 .loc').focus()");
    int jumps = 0;
    double previous = focusedTop();
    for (int i = 0; i < 60; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      double top = focusedTop();
      if (Math.abs(top - previous) > SCREEN) {
        jumps++;
      }
      previous = top;
    }
    System.out.println("Tab: " + jumps + " jumps of more than a screen in 60 presses");
    assertEquals(0, jumps, "focus jumped more than a screen");
  }

  private double focusedTop() {
    return ((Number) driver.executeScript("var e = document.activeElement; if (e.classList.contains('nt')) e = e.nextElementSibling;"
        + "return e.getBoundingClientRect().top + scrollY")).doubleValue();
  }

  private double distanceOf(String id) {
    return ((Number) driver.executeScript("var n = document.getElementById(arguments[0]);"
        + "return Math.abs(n.getBoundingClientRect().top - n.previousElementSibling.getBoundingClientRect().top)", id)).doubleValue();
  }

  @Test
  void verdictsShowAtTheClaimInWordsAndShape() {
    open("afrasiabi/index.html", 1280);
    WebElement marker = driver.findElement(By.cssSelector("label.mk.v-inaccurate"));
    String after = (String) driver.executeScript("return getComputedStyle(arguments[0], '::after').content", marker);
    assertTrue(after.contains("inaccurate"), "the marker names the verdict: " + after);
    WebElement words = driver.findElement(By.cssSelector(".q[data-v='inaccurate']"));
    assertEquals("wavy", words.getCssValue("text-decoration-style"), "inaccurate claims are underlined in their own shape");
    WebElement supported = driver.findElement(By.cssSelector(".q[data-v='supported']"));
    assertEquals("solid", supported.getCssValue("text-decoration-style"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1280, 375})
  void printHasNoBlankPageAndEndnotesThatQuoteTheirWords(int width) {
    for (String page : TEXTS) {
      open(page, width);
      String data = (String) driver.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true)).get("data");
      List<Integer> runs = PdfPages.textRunsPerPage(Base64.getDecoder().decode(data));
      System.out.printf("print %s from a %d px window: %d pages, text runs per page %s%n", page, width, runs.size(), runs);
      assertTrue(runs.size() > 1, page + " prints");
      for (int i = 0; i < runs.size(); i++) {
        assertTrue(runs.get(i) > 1, page + " from " + width + " px: page object " + (i + 1) + " of " + runs.size() + " is blank");
      }
    }
    open("afrasiabi/index.html", width);
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    driver.executeScript("window.dispatchEvent(new Event('beforeprint'))");
    List<WebElement> endnotes = driver.findElements(By.cssSelector(".print-endnotes li"));
    assertEquals(driver.findElements(By.cssSelector("article.primary .sn[id]")).size(), endnotes.size());
    int previous = 0;
    for (WebElement e : endnotes) {
      String head = e.findElement(By.cssSelector(".en-head")).getText();
      int number = Integer.parseInt(head.substring(0, head.indexOf('.')));
      assertEquals(previous + 1, number, "endnotes in number order: " + head);
      previous = number;
      if (head.contains("Fact-check")) {
        assertTrue(head.contains("Verdict: "), "the verdict is spelled out: " + head);
      }
      String lemma = e.findElement(By.cssSelector(".en-lemma")).getText();
      assertTrue(lemma.matches("¶\\d+: “.+”"), "the endnote quotes its words with their locator: " + lemma);
    }
    String runTogether = (String) driver.executeScript("return document.querySelector('.print-endnotes').innerText");
    assertFalse(runTogether.matches("(?s).*\\d{4}-\\d{2}-\\d{2}Referred.*"), "parts of a note stay apart");
    driver.executeScript("window.dispatchEvent(new Event('afterprint'))");
  }

  /** Median characters per full line of the text's paragraphs. */
  private double medianLineLength() {
    return ((Number) driver.executeScript("""
        var counts = [];
        document.querySelectorAll('.body p.block').forEach(function (p) {
          var lines = new Map();
          var walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, { acceptNode: function (n) {
            return n.parentElement.closest('.sn, .mk, .loc, .tip, .cite-slot, .block-backlinks') ? 2 : 1; } });
          for (var n = walker.nextNode(); n; n = walker.nextNode()) {
            for (var i = 0; i < n.length; i++) {
              var r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
              var rect = r.getClientRects()[0];
              if (rect) { var k = Math.round(rect.top / 4); lines.set(k, (lines.get(k) || 0) + 1); }
            }
          }
          var c = Array.from(lines.values()); c.pop(); counts.push.apply(counts, c);
        });
        counts.sort(function (a, b) { return a - b; });
        return counts[Math.floor(counts.length / 2)];""")).doubleValue();
  }

  @Test
  void theMeasureStaysBetween60And75Characters() {
    for (int width : List.of(600, 768, 1024, 1280, 1920)) {
      open("afrasiabi/index.html", width);
      double median = medianLineLength();
      System.out.printf("measure at %d px: %.0f characters (median line)%n", width, median);
      assertTrue(median >= 60 && median <= 75, "at " + width + " px lines hold " + median + " characters");
    }
    open("afrasiabi/index.html", 1280);
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    double print = medianLineLength();
    System.out.printf("measure in print: %.0f characters%n", print);
    assertTrue(print >= 60 && print <= 75, "printed lines hold " + print + " characters");
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    open("afrasiabi/index.html", 375);
    assertTrue(medianLineLength() <= 75);
  }

  @Test
  void glossaryTooltipsOpenUnderTheirTermStayUnderThePointerAndCloseOnEscape() {
    open("movahedian/index.html", 1280);
    WebElement term = driver.findElement(By.cssSelector(".body p.block a.term"));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", term);
    new Actions(driver).moveToElement(term).perform();
    WebElement tip = driver.findElement(By.id(term.getAttribute("aria-describedby")));
    assertTrue(tip.isDisplayed(), "hover shows the definition");
    @SuppressWarnings("unchecked")
    Map<String, Number> at = (Map<String, Number>) driver.executeScript("""
        var rects = arguments[0].getClientRects(), r = rects[rects.length - 1], t = arguments[1].getBoundingClientRect();
        return {dx: t.left - r.left, dy: t.top - r.bottom};""", term, tip);
    assertTrue(Math.abs(at.get("dx").doubleValue()) < 30 || tip.getRect().getX() + tip.getRect().getWidth() >= 1270 - 30,
        "the tooltip opens under its term: " + at);
    assertTrue(at.get("dy").doubleValue() >= -2 && at.get("dy").doubleValue() < 12, "right below it: " + at);
    new Actions(driver).moveToElement(tip).perform();
    assertTrue(tip.isDisplayed(), "the pointer can move onto the tooltip");
    new Actions(driver).moveToElement(term).sendKeys(Keys.ESCAPE).perform();
    assertFalse(tip.isDisplayed(), "Escape closes a tooltip opened by hover");
  }

  @Test
  void onTouchTheFirstTapOnATermShowsItsDefinitionInsteadOfLeaving() {
    open("movahedian/index.html", 375);
    WebElement term = driver.findElement(By.cssSelector(".body p.block a.term"));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", term);
    String before = driver.getCurrentUrl();
    @SuppressWarnings("unchecked")
    Map<String, Number> c = (Map<String, Number>) driver.executeScript(
        "var r = arguments[0].getClientRects()[0]; return {x: r.left + 3, y: r.top + r.height / 2};", term);
    Map<String, Object> point = Map.of("x", c.get("x"), "y", c.get("y"));
    driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 1));
    driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchStart", "touchPoints", List.of(point)));
    driver.executeCdpCommand("Input.dispatchTouchEvent", Map.of("type", "touchEnd", "touchPoints", List.of()));
    driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    assertEquals(before, driver.getCurrentUrl(), "the tap stays on the page");
    WebElement tip = driver.findElement(By.id(term.getAttribute("aria-describedby")));
    assertTrue(tip.isDisplayed(), "and shows the definition");
  }

  @Test
  void previewsStayWhileThePointerIsOnThem() throws InterruptedException {
    open("afrasiabi/index.html", 1280);
    WebElement toggle = driver.findElement(By.cssSelector("article.primary .sn a.cite[data-preview]"))
        .findElement(By.xpath("ancestor::span[contains(@class,'sn')]/preceding-sibling::input[1]"));
    driver.executeScript("arguments[0].click()", toggle);
    WebElement citation = driver.findElement(By.cssSelector("article.primary .sn a.cite[data-preview]"));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", citation);
    new Actions(driver).moveToElement(citation).perform();
    WebElement preview = driver.findElement(By.cssSelector(".preview"));
    new Actions(driver).moveToElement(preview).perform();
    Thread.sleep(400);
    assertFalse(driver.findElements(By.cssSelector(".preview")).isEmpty(), "the preview stays under the pointer");
    new Actions(driver).sendKeys(Keys.ESCAPE).perform();
    assertTrue(driver.findElements(By.cssSelector(".preview")).isEmpty(), "Escape closes it");
  }

  @Test
  void tabStaysInsideAnOpenCitePanelAndEscapeReturnsFocus() {
    open("afrasiabi/index.html", 1280);
    WebElement button = driver.findElement(By.cssSelector("#p2 .cite-btn"));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
    new Actions(driver).moveToElement(driver.findElement(By.id("p2"))).perform();
    button.click();
    WebElement panel = driver.findElement(By.cssSelector(".cite-panel"));
    assertTrue(panel.isDisplayed());
    for (int i = 0; i < 14; i++) {
      new Actions(driver).sendKeys(i % 5 == 4 ? Keys.chord(Keys.SHIFT, Keys.TAB) : Keys.TAB).perform();
      Boolean inside = (Boolean) driver.executeScript("return arguments[0].contains(document.activeElement)", panel);
      assertTrue(inside, "Tab " + (i + 1) + " left the open Cite panel");
    }
    new Actions(driver).sendKeys(Keys.ESCAPE).perform();
    assertFalse(panel.isDisplayed());
    assertEquals(button, driver.switchTo().activeElement(), "focus returns to the Cite button");
  }

  @Test
  void theNotFoundPageKeepsItsStylesAndLinksAtANestedPathWithoutABaseUrl() throws Exception {
    assertTrue(Files.readString(plainSite.resolve("index.html")).contains("href=\"assets/style.css\""), "built without a base URL");
    try (SiteServer server = new SiteServer(plainSite, "/edition/")) {
      driver.manage().window().setSize(new Dimension(1280, SCREEN));
      driver.get(server.url("no/such/place/page.html"));
      assertEquals("Page not found", driver.findElement(By.cssSelector("main h1")).getText());
      String home = server.url("index.html");
      long deadline = System.currentTimeMillis() + 5000;
      String href = "";
      String font = "";
      while (System.currentTimeMillis() < deadline) {
        href = (String) driver.executeScript("var a = document.querySelector('main a'); return a && a.href;");
        font = (String) driver.executeScript("return getComputedStyle(document.querySelector('header.site')).display");
        if (home.equals(href) && "flex".equals(font)) {
          break;
        }
        Thread.sleep(100);
      }
      assertEquals(home, href, "the home link leads to the site's home page");
      assertEquals("flex", font, "the site's style sheet applies");
      driver.findElement(By.cssSelector("main a")).click();
      assertEquals(home, driver.getCurrentUrl());
    }
  }

  @Test
  void theLongestOpenNoteFitsOnTheScreenBesideItsMarker() throws IOException {
    open("movahedian/index.html", 1280);
    String id = (String) driver.executeScript("var best = null, most = 0;"
        + "document.querySelectorAll('.body .sn').forEach(function (n) {"
        + "  var len = n.textContent.length; if (len > most) { most = len; best = n.id; } });"
        + "return best;");
    WebElement note = driver.findElement(By.id(id));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", note);
    note.findElement(By.cssSelector(".nl")).click();
    long height = ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().height", note)).longValue();
    long screen = ((Number) driver.executeScript("return innerHeight")).longValue();
    assertTrue(height <= screen, "open note " + id + " is " + height + " px tall on a " + screen + " px screen");
    WebElement last = note.findElement(By.cssSelector(".note-acts .back"));
    driver.executeScript("arguments[0].focus()", last);
    double marker = ((Number) driver.executeScript("return document.querySelector('label[for=\"t-" + id.substring(2)
        + "\"]').getBoundingClientRect().top + scrollY")).doubleValue();
    assertTrue(Math.abs(focusedTop() - marker) <= SCREEN, "the note's last link stays within a screen of its marker");
    Path out = Fixtures.PROJECT.resolve("target/screenshots");
    Files.createDirectories(out);
    Files.write(out.resolve("movahedian-1280-open-note.png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void screenshotsOfBothTextPagesForAReviewer() throws IOException {
    Path out = Fixtures.PROJECT.resolve("target/screenshots");
    Files.createDirectories(out);
    for (String page : TEXTS) {
      String name = page.substring(0, page.indexOf('/'));
      for (int width : List.of(1280, 375)) {
        open(page, width);
        for (int screen = 0; screen < 2; screen++) {
          driver.executeScript("window.scrollTo(0, arguments[0])", screen * SCREEN * 2);
          byte[] png = driver.getScreenshotAs(OutputType.BYTES);
          Path file = out.resolve(name + "-" + width + "-" + (screen + 1) + ".png");
          Files.write(file, png);
          assertNotNull(png);
          assertTrue(png.length > 10_000, "a real screenshot: " + file);
        }
      }
    }
    System.out.println("screenshots written to " + Fixtures.PROJECT.relativize(out));
  }
}
