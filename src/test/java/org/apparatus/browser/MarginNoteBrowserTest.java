package org.apparatus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.apparatus.serve.PreviewFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.By;

/**
 * Margin notes in a real browser: beside their paragraph and not overlapping at 1280 px, hidden
 * until their marker is activated (click or keyboard) at 375 px. Each check runs on the site opened
 * from disk and on the same site served by the live preview (with its client added). Skips when
 * Chromium is absent, except under CI=true, where its absence fails the test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(Chromium.LOCK)
class MarginNoteBrowserTest {
  /** Where the browser loads the site from. */
  enum Origin { FILE, SERVE }

  private ChromeDriver driver;
  private String fromDisk;
  private PreviewFixture served;

  @BeforeAll
  void start(@TempDir Path tmp) throws IOException {
    driver = Chromium.shared();
    Path root = Fixtures.RESOURCES.resolve("fixtures/basic");
    Build.Result result = Fixtures.build(root, Fixtures.TEMPLATES, tmp.resolve("site"), true, true);
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
    fromDisk = tmp.resolve("site/alpha/index.html").toUri().toString();
    served = PreviewFixture.start(tmp.resolve("served"));
    Chromium.opened(Chromium.originOf(served.url("")));
  }

  @AfterAll
  void stop() {
    if (served != null) {
      served.close();
    }
  }

  private void open(Origin origin, int width) {
    driver.manage().window().setSize(new Dimension(width, 1000));
    driver.get(origin == Origin.FILE ? fromDisk : served.url("alpha/index.html").toString());
    if (origin == Origin.SERVE) {
      assertFalse(driver.findElements(By.cssSelector("script[src='/__apparatus/live.js']")).isEmpty(), "served with the live client");
    }
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void atWideWidthEachNoteSitsBesideItsParagraphWithoutOverlap(Origin origin) {
    open(origin, 1280);
    List<WebElement> notes = driver.findElements(By.cssSelector(".body .sn"));
    assertTrue(notes.size() >= 5, "fixture has notes");
    for (WebElement note : notes) {
      assertTrue(note.isDisplayed(), "note visible without activation: " + note.getAttribute("id"));
      WebElement paragraph = note.findElement(By.xpath("ancestor::*[contains(@class,'block')][1]"));
      Rectangle n = note.getRect();
      Rectangle p = paragraph.getRect();
      assertTrue(n.getX() >= p.getX() + p.getWidth(), note.getAttribute("id") + " is right of its paragraph");
      WebElement marker = note.findElement(By.xpath("preceding-sibling::label[1]"));
      assertTrue(Math.abs(n.getY() - marker.getRect().getY()) <= 150, note.getAttribute("id") + " is within 150 px of its marker");
    }
    for (int i = 0; i < notes.size(); i++) {
      for (int j = i + 1; j < notes.size(); j++) {
        Rectangle a = notes.get(i).getRect();
        Rectangle b = notes.get(j).getRect();
        boolean overlap = a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
            && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
        assertFalse(overlap, notes.get(i).getAttribute("id") + " overlaps " + notes.get(j).getAttribute("id"));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Origin.class)
  void atPhoneWidthNotesOpenOnClickAndKeyboard(Origin origin) {
    open(origin, 375);
    WebElement note = driver.findElement(By.id("n-aras-context"));
    assertFalse(note.isDisplayed(), "hidden until its marker is activated");
    driver.findElement(By.cssSelector("label[for='t-aras-context']")).click();
    assertTrue(note.isDisplayed(), "shown after clicking the marker");

    WebElement other = driver.findElement(By.id("n-adjacent"));
    assertFalse(other.isDisplayed());
    WebElement toggle = driver.findElement(By.id("t-adjacent"));
    driver.executeScript("arguments[0].focus()", toggle);
    assertEquals(toggle, driver.switchTo().activeElement(), "the toggle is focusable");
    toggle.sendKeys(Keys.SPACE);
    assertTrue(other.isDisplayed(), "shown after Space on the focused toggle");
    Long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
    assertTrue(scrollWidth <= 375, "no horizontal scrolling at 375 px: " + scrollWidth);
  }
}
