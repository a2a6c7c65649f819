package org.apparatus.browser;

import org.apparatus.edition.BundledEdition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apparatus.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search in a real browser, on the real edition opened from disk (file://): results with marked
 * words, links that land on the paragraph, note or entry holding the words, and the header form.
 */
@BundledEdition
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(Chromium.LOCK)
class SearchBrowserTest {
  private ChromeDriver driver;
  private Path site;

  @BeforeAll
  void start() throws IOException {
    driver = Chromium.shared();
    site = Fixtures.sharedEdition().site();
  }

  @BeforeEach
  void wide() {
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  private String url(String path) {
    return site.resolve(path).toUri().toString();
  }

  private void search(String query) {
    driver.get(url("search/index.html") + "?q=" + query.replace(" ", "%20"));
    awaitIndex();
  }

  /** The index is built in chunks after the page has loaded; the form is marked when it is ready. */
  private void awaitIndex() {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("#search-form[data-ready]")).isEmpty());
  }

  /** The first result of a group ("text", "note", "term" ...) whose title starts with {@code title}. */
  private WebElement result(String kind, String title) {
    List<WebElement> hits = driver.findElements(By.cssSelector("#search-results .search-result"));
    for (WebElement hit : hits) {
      WebElement link = hit.findElement(By.cssSelector("a.search-hit"));
      if (!link.findElements(By.cssSelector(".k-" + kind)).isEmpty()
          && link.findElement(By.cssSelector(".search-title")).getText().startsWith(title)) {
        return hit;
      }
    }
    throw new AssertionError("no " + kind + " result titled " + title + "… among " + hits.size() + " results: "
        + driver.findElement(By.id("search-status")).getText());
  }

  private static List<String> marked(WebElement hit) {
    return hit.findElements(By.tagName("mark")).stream().map(m -> m.getText().toLowerCase(Locale.ROOT)).toList();
  }

  /** Follows the result's link and checks that the fragment names an element holding {@code phrase}. */
  private void assertLandsOn(WebElement hit, String phrase) {
    hit.findElement(By.cssSelector("a.search-hit")).click();
    String fragment = URI.create(driver.getCurrentUrl()).getFragment();
    assertNotNull(fragment, "the result links to an anchor: " + driver.getCurrentUrl());
    WebElement target = driver.findElement(By.id(fragment));
    String text = String.valueOf(driver.executeScript("return arguments[0].textContent", target));
    assertTrue(normalise(text).contains(normalise(phrase)), "#" + fragment + " holds «" + phrase + "»");
  }

  private static String normalise(String s) {
    return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Test
  void aPhraseFromTheMovahedianArticleFindsItsParagraph() {
    search("uneven competition");
    assertTrue(driver.findElement(By.id("search-nojs")).getAttribute("hidden") != null, "the no-JavaScript notice is hidden");
    assertTrue(driver.findElement(By.id("search-status")).getText().contains("for “uneven competition”"));
    WebElement hit = result("text", "Movahedian §");
    List<String> marks = marked(hit);
    assertTrue(marks.contains("uneven") && marks.contains("competition"), "marked: " + marks);
    assertTrue(hit.findElement(By.cssSelector(".search-snippet")).getText().contains("uneven competition"));
    assertTrue(driver.getCurrentUrl().startsWith("file:"), "opened from disk");
    assertLandsOn(hit, "uneven competition");
    assertTrue(driver.getCurrentUrl().contains("/movahedian/index.html#"), driver.getCurrentUrl());
  }

  @Test
  void aPhraseFromTheAfrasiabiOpEdFindsItsParagraph() {
    search("missile superpower");
    WebElement hit = result("text", "Afrasiabi ¶1");
    assertTrue(marked(hit).containsAll(List.of("missile", "superpower")), "marked: " + marked(hit));
    assertLandsOn(hit, "missile superpower");
    assertTrue(driver.getCurrentUrl().endsWith("/afrasiabi/index.html#p1"), driver.getCurrentUrl());
  }

  @Test
  void aGlossaryTermIsFoundWithASmallTypoAndReachedFromTheKeyboard() {
    search("");
    WebElement input = driver.findElement(By.id("search-q"));
    assertEquals(input, driver.switchTo().activeElement(), "an empty search page focuses its field");
    input.sendKeys("laundromt");
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .until(d -> !d.findElements(By.cssSelector("#search-results .k-term")).isEmpty());
    WebElement hit = result("term", "Azerbaijani Laundromat");
    assertTrue(marked(hit).contains("laundromat"), "the fuzzy match is marked: " + marked(hit));
    assertTrue(driver.getCurrentUrl().endsWith("?q=laundromt"), "the query is kept in the address: " + driver.getCurrentUrl());

    WebElement link = hit.findElement(By.cssSelector("a.search-hit"));
    for (int i = 0; i < 60 && !link.equals(driver.switchTo().activeElement()); i++) {
      driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
    }
    assertEquals(link, driver.switchTo().activeElement(), "arrow keys reach the result");
    link.sendKeys(Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("/glossary/index.html#"));
    assertTrue(driver.getCurrentUrl().endsWith("#term-azerbaijani-laundromat"), driver.getCurrentUrl());
    assertTrue(driver.findElement(By.id("term-azerbaijani-laundromat")).getText().contains("Azerbaijani Laundromat"));
  }

  @Test
  void theHeaderFormOnATextPageLandsOnTheSearchPageWithResults() {
    driver.get(url("afrasiabi/index.html"));
    WebElement field = driver.findElement(By.cssSelector("header.site form[role=search] input[name=q]"));
    field.sendKeys("missile superpower", Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("/search/index.html?q="));
    awaitIndex();
    assertEquals("missile superpower", driver.findElement(By.id("search-q")).getAttribute("value"));
    assertTrue(driver.findElement(By.id("search-status")).getText().matches("\\d+ results? for “missile superpower”.*"),
        driver.findElement(By.id("search-status")).getText());
    assertTrue(marked(result("text", "Afrasiabi ¶1")).contains("superpower"));
  }

  @Test
  void aLongGroupShowsTenResultsUntilAllAreAskedFor() {
    search("zangezur");
    WebElement texts = driver.findElement(By.cssSelector("section[aria-labelledby=results-text]"));
    int total = Integer.parseInt(texts.findElement(By.tagName("h2")).getText().replaceAll("\\D", ""));
    assertTrue(total > 10, "enough passages for the test: " + total);
    assertEquals(10, texts.findElements(By.cssSelector(".search-result")).size());
    texts.findElement(By.cssSelector("button.search-more")).click();
    assertEquals(total, texts.findElements(By.cssSelector(".search-result")).size());
    WebElement eleventh = texts.findElements(By.cssSelector("a.search-hit")).get(10);
    assertEquals(eleventh, driver.switchTo().activeElement(), "focus moves to the first result shown");
  }

  @Test
  void atPhoneWidthNeitherTheHeaderFormNorTheResultsScrollSideways() {
    driver.manage().window().setSize(new Dimension(320, 800));
    driver.get(url("movahedian/index.html"));
    assertNoSidewaysScroll("the Movahedian page");
    search("caviar diplomacy");
    assertNoSidewaysScroll("the search page");
    assertFalse(driver.findElements(By.cssSelector("#search-results mark")).isEmpty(), "results shown at 320 px");
  }

  private void assertNoSidewaysScroll(String what) {
    Long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
    Long clientWidth = (Long) driver.executeScript("return document.documentElement.clientWidth");
    assertTrue(scrollWidth <= clientWidth, what + " scrolls sideways at 320 px: " + scrollWidth + " > " + clientWidth);
  }
}
