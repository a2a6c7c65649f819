package org.apparatus.browser;

import org.apparatus.edition.BundledEdition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.apparatus.cite.Citable;
import org.apparatus.cite.CitableIndex;
import org.apparatus.cite.CitationTemplates;
import org.apparatus.cite.CiteFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The real edition opened from disk in Chromium: Cite buttons agree with `apparatus cite`, previews show their
 * target's words, margin notes sit beside their anchors, print turns notes into endnotes, dark mode applies, the
 * pages work without JavaScript, and no page requests anything from the network.
 */
@BundledEdition
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(Chromium.LOCK)
class ReaderBrowserTest {
  private static final String BASE = "https://example.org/edition/";
  private ChromeDriver driver;
  private Path site;
  private Build.Result result;

  @BeforeAll
  void start() throws java.io.IOException {
    driver = Chromium.shared();
    Fixtures.Built built = Fixtures.sharedEdition(BASE);
    site = built.site();
    result = built.result();
  }

  @AfterEach
  void reset() {
    Chromium.resetEmulation(driver);
  }

  private void open(String page, int width) {
    driver.manage().window().setSize(new Dimension(width, 1000));
    driver.get(site.resolve(page).toUri().toString());
  }

  @Test
  void citeButtonGivesTheSameCitationsAsTheCommandLine() {
    open("movahedian/index.html", 1280);
    WebElement button = driver.findElement(By.cssSelector("#s5-3-p2 .cite-btn"));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
    new Actions(driver).moveToElement(driver.findElement(By.id("s5-3-p2"))).perform();
    assertTrue(button.isDisplayed(), "a passage's Cite button shows while it is hovered");
    button.click();
    WebElement panel = driver.findElement(By.cssSelector(".cite-panel"));
    assertTrue(panel.isDisplayed(), "the citation panel opens");
    Citable paragraph = new CitableIndex(result.resolved(), result.plan()).find("movahedian#s5-3-p2").orElseThrow();
    var templates = new CitationTemplates(result.resolved().edition().meta(), result.resolved().edition().texts())
        .templates(Citable.Kind.BLOCK, "movahedian");
    for (CiteFormat f : CiteFormat.values()) {
      panel.findElement(By.cssSelector(".cite-formats button[data-format='" + f.key() + "']")).click();
      String shown = panel.findElement(By.cssSelector(".cite-out")).getText();
      String expected = CitationTemplates.fill(templates.get(f), f, paragraph, BASE + "movahedian/#s5-3-p2", LocalDate.now());
      assertEquals(expected.strip(), shown.strip(), "format " + f.label());
    }
    panel.findElement(By.cssSelector(".cite-copy")).click();
    assertFalse(panel.findElement(By.cssSelector(".cite-status")).getText().isBlank(), "copying reports what it did");
    new Actions(driver).sendKeys(Keys.ESCAPE).perform();
    assertFalse(panel.isDisplayed(), "Escape closes the panel");
    assertEquals(button, driver.switchTo().activeElement(), "focus returns to the Cite button");
  }

  @Test
  void notesAndGlossaryEntriesHaveCiteButtons() {
    open("afrasiabi/index.html", 1280);
    int notes = driver.findElements(By.cssSelector("article.primary .sn[id^='n-']")).size();
    assertTrue(notes > 0);
    assertEquals(notes, driver.findElements(By.cssSelector("article.primary .sn[id^='n-'] .cite-btn")).size());
    assertEquals(driver.findElements(By.cssSelector("article.primary p.block")).size(),
        driver.findElements(By.cssSelector("article.primary p.block > .cite-slot .cite-btn")).size());
    open("glossary/index.html", 1280);
    assertEquals(driver.findElements(By.cssSelector(".term-entry")).size(), driver.findElements(By.cssSelector(".term-entry .cite-btn")).size());
    String chicago = driver.findElement(By.cssSelector("#cite dd[data-cite-format='chicago']")).getText();
    assertTrue(chicago.contains(BASE + "glossary/"), chicago);
  }

  @Test
  void previewsShowTheTargetsWordsOnFocusAndHover() {
    open("afrasiabi/index.html", 1280);
    WebElement xref = driver.findElement(By.cssSelector(".sn a.xref-block[data-preview]"));
    String key = xref.getAttribute("data-preview");
    String expected = (String) driver.executeScript("return window.apparatusPreviews[arguments[0]]", key);
    assertTrue(expected != null && !expected.isBlank(), "the page carries the preview of " + key);
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", xref);
    WebElement tip = driver.findElement(By.cssSelector(".preview[role='tooltip']"));
    assertTrue(tip.isDisplayed());
    assertEquals(expected, tip.getText());
    assertEquals("preview-tip", xref.getAttribute("aria-describedby"));
    new Actions(driver).sendKeys(Keys.ESCAPE).perform();
    assertTrue(driver.findElements(By.cssSelector(".preview")).isEmpty(), "Escape closes the preview");

    WebElement citation = driver.findElement(By.cssSelector(".sn a.cite[data-preview]"));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", citation);
    new Actions(driver).moveToElement(citation).perform();
    String reference = driver.findElement(By.cssSelector(".preview")).getText();
    assertFalse(reference.isBlank(), "hovering a citation shows its reference");
    assertTrue(reference.length() > citation.getText().length(), "the preview is the full reference, not the short citation");
  }

  @Test
  void glossaryTermsPreviewOnKeyboardFocusAndEscapeClosesThem() {
    open("movahedian/index.html", 1280);
    WebElement term = driver.findElement(By.cssSelector(".body a.term"));
    assertTrue(driver.findElements(By.cssSelector(".tip")).isEmpty(), "the page does not repeat the definitions it links to");
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", term);
    WebElement tip = driver.findElement(By.id(term.getAttribute("aria-describedby")));
    assertTrue(tip.isDisplayed(), "focus shows the definition");
    assertTrue(tip.getText().length() > 20, tip.getText());
    new Actions(driver).sendKeys(Keys.ESCAPE).perform();
    assertFalse(tip.isDisplayed(), "Escape closes it");
    assertEquals(term, driver.switchTo().activeElement(), "and keeps the focus where it was");
  }

  @Test
  void marginNotesSitBesideTheirAnchorsWithoutOverlap() {
    open("movahedian/index.html", 1280);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> boxes = (List<Map<String, Object>>) driver.executeScript("""
        return Array.from(document.querySelectorAll('article.primary .body .sn')).map(function (n) {
          var r = n.getBoundingClientRect(), m = n.previousElementSibling.getBoundingClientRect();
          var p = n.closest('.block').getBoundingClientRect();
          return {id: n.id, top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, marker: m.top + scrollY,
                  pRight: p.right};
        }).sort(function (a, b) { return a.top - b.top; });""");
    assertTrue(boxes.size() > 100, "the article has its notes");
    double previousBottom = Double.NEGATIVE_INFINITY;
    int aligned = 0;
    for (Map<String, Object> b : boxes) {
      double top = num(b.get("top"));
      assertTrue(num(b.get("left")) >= num(b.get("pRight")), b.get("id") + " is in the margin, right of its paragraph");
      assertTrue(top >= previousBottom, b.get("id") + " does not overlap the note above");
      assertTrue(Math.abs(top - num(b.get("marker"))) <= 150, b.get("id") + " is within 150 px of its marker");
      aligned += Math.abs(top - num(b.get("marker"))) <= 4 ? 1 : 0;
      previousBottom = num(b.get("bottom"));
    }
    assertTrue(aligned > boxes.size() / 2, "most notes are level with their marker: " + aligned);
  }

  private static double num(Object o) {
    return ((Number) o).doubleValue();
  }

  @Test
  void printTurnsNotesIntoNumberedEndnotes() {
    open("afrasiabi/index.html", 1280);
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    driver.executeScript("window.dispatchEvent(new Event('beforeprint'))");
    int notes = driver.findElements(By.cssSelector("article.primary .body .sn")).size();
    List<WebElement> endnotes = driver.findElements(By.cssSelector(".print-endnotes li"));
    assertEquals(notes, endnotes.size(), "one endnote per note");
    assertTrue(endnotes.get(0).isDisplayed());
    assertTrue(endnotes.get(0).getText().startsWith("1"), "endnotes keep their numbers");
    assertFalse(driver.findElement(By.cssSelector("article.primary .body .sn")).isDisplayed(), "no margin notes in print");
    assertFalse(driver.findElement(By.cssSelector("header.site nav")).isDisplayed(), "no navigation chrome in print");
    assertTrue(driver.findElement(By.cssSelector("#p1 .loc")).isDisplayed(), "paragraph locators are kept");
    String after = (String) driver.executeScript(
        "return getComputedStyle(document.querySelector('.source a[href^=\"http\"]'), '::after').content");
    assertTrue(after.contains("http"), "link URLs are printed: " + after);
    driver.executeScript("window.dispatchEvent(new Event('afterprint'))");
    assertTrue(driver.findElements(By.cssSelector(".print-endnotes")).isEmpty());
  }

  @Test
  void darkModeFollowsTheSystemSetting() {
    open("afrasiabi/index.html", 1280);
    String light = (String) driver.executeScript("return getComputedStyle(document.body).backgroundColor");
    driver.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    String dark = (String) driver.executeScript("return getComputedStyle(document.body).backgroundColor");
    assertNotEquals(light, dark);
  }

  @Test
  void withoutJavaScriptNotesAndCitationsAreStillThere() {
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    open("afrasiabi/index.html", 1280);
    assertTrue(driver.findElements(By.cssSelector(".cite-btn")).isEmpty(), "no script ran");
    assertTrue(driver.findElement(By.cssSelector("#n-aliyev")).isDisplayed(), "margin notes are readable");
    String chicago = driver.findElement(By.cssSelector("#cite dd[data-cite-format='chicago']")).getText();
    assertTrue(chicago.contains("Afrasiabi") && chicago.contains(BASE + "afrasiabi/"), chicago);
    open("afrasiabi/index.html", 375);
    WebElement note = driver.findElement(By.id("n-aliyev"));
    assertFalse(note.isDisplayed());
    driver.findElement(By.cssSelector("label[for='t-aliyev']")).click();
    assertTrue(note.isDisplayed(), "notes open on their marker without JavaScript");
  }

  @Test
  void noPageRequestsAnythingFromTheNetwork() throws java.io.IOException {
    List<String> pages = Fixtures.htmlPages(site);
    assertTrue(pages.contains("search/index.html"), "every page type is there: " + pages);
    for (String page : pages) {
      open(page, 1280);
      @SuppressWarnings("unchecked")
      List<String> resources = (List<String>) driver.executeScript(
          "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
              + ".concat(performance.getEntriesByType('navigation').map(function (e) { return e.name; }))");
      assertFalse(resources.isEmpty());
      for (String r : resources) {
        // The 404 page is served by the host at any depth, so with a base URL it names the site's own assets by
        // their absolute address; that is still this site, not a third party.
        boolean ownSite = r.startsWith("file:") || page.equals("404.html") && r.startsWith(BASE);
        assertTrue(ownSite, page + " requested " + r);
      }
    }
  }
}
