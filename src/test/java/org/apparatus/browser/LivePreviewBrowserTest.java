package org.apparatus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apparatus.serve.PreviewFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The live preview in a real browser: a content error puts an overlay with the diagnostics over the
 * last good page; Escape dismisses it; the fix reloads the page without it.
 */
@ResourceLock(Chromium.LOCK)
class LivePreviewBrowserTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final By OVERLAY = By.id("apparatus-build-error");
  private static final String QUOTE = "The river Aras forms a border.";
  private static final String WRONG_QUOTE = "The river Aras forms no border.";

  private ChromeDriver driver;
  private PreviewFixture fixture;
  private WebDriverWait wait;

  @BeforeEach
  void start(@TempDir Path tmp) throws Exception {
    driver = Chromium.shared();
    driver.manage().window().setSize(new Dimension(1280, 1000));
    wait = new WebDriverWait(driver, TIMEOUT);
    fixture = PreviewFixture.start(tmp);
    Chromium.opened(Chromium.originOf(fixture.url("")));
  }

  @AfterEach
  void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void aContentErrorShowsTheDiagnosticsOverTheLastGoodPageUntilTheFixReloadsIt() throws Exception {
    driver.get(fixture.url("alpha/index.html").toString());
    assertTrue(driver.findElements(OVERLAY).isEmpty());
    Path note = fixture.content.resolve("notes/alpha/aras-context.md");

    PreviewFixture.replaceIn(note, QUOTE, WRONG_QUOTE);
    WebElement overlay = wait.until(ExpectedConditions.visibilityOfElementLocated(OVERLAY));
    assertEquals("alert", overlay.getAttribute("role"));
    assertTrue(overlay.getText().contains("content/notes/alpha/aras-context.md:3:8: error[QUOTE_NOT_FOUND]"), overlay.getText());
    assertTrue(driver.findElement(By.id("n-aras-context")).isDisplayed(), "the last good page stays underneath");
    assertReadable(overlay.findElement(By.tagName("pre")));
    assertReadable(overlay.findElement(By.tagName("h2")));

    new Actions(driver).sendKeys(Keys.ESCAPE).perform();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(OVERLAY));

    driver.navigate().refresh();
    wait.until(ExpectedConditions.visibilityOfElementLocated(OVERLAY));
    driver.executeScript("window.loadedBeforeTheFix = true");

    PreviewFixture.replaceIn(note, WRONG_QUOTE, QUOTE);
    wait.until(d -> driver.executeScript("return window.loadedBeforeTheFix === undefined && document.readyState === 'complete'"));
    assertTrue(driver.findElements(OVERLAY).isEmpty(), "the reloaded page has no overlay");
    assertTrue(driver.findElement(By.id("n-aras-context")).isDisplayed());
  }

  @Test
  void theDismissButtonClosesTheOverlay() throws Exception {
    driver.get(fixture.url("alpha/index.html").toString());
    PreviewFixture.replaceIn(fixture.content.resolve("notes/alpha/aras-context.md"), QUOTE, WRONG_QUOTE);
    WebElement overlay = wait.until(ExpectedConditions.visibilityOfElementLocated(OVERLAY));
    WebElement dismiss = overlay.findElement(By.tagName("button"));
    assertTrue(dismiss.getText().contains("Dismiss"));
    dismiss.click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(OVERLAY));
  }

  /** WCAG AA for normal text: a contrast ratio of at least 4.5:1 between the text and its background. */
  private void assertReadable(WebElement element) {
    @SuppressWarnings("unchecked")
    List<String> colours = (List<String>) driver.executeScript(
        "var e = arguments[0], s = getComputedStyle(e), bg = 'rgba(0, 0, 0, 0)';"
            + "for (var n = e; n && (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent'); n = n.parentElement) bg = getComputedStyle(n).backgroundColor;"
            + "return [s.color, bg];", element);
    double ratio = contrast(luminance(colours.get(0)), luminance(colours.get(1)));
    assertTrue(ratio >= 4.5, element.getTagName() + " " + colours + " contrast " + ratio);
  }

  private static double contrast(double a, double b) {
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private static double luminance(String rgb) {
    String[] parts = rgb.replaceAll("[^0-9.,]", "").split(",");
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Double.parseDouble(parts[i]) / 255;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    assertFalse(parts.length == 4 && Double.parseDouble(parts[3]) < 1, "opaque colour expected: " + rgb);
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
