package org.apparatus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The witness view of the variants fixture, opened from {@code file://} in Chromium: choosing a witness shows its
 * readings in the paragraphs, marked; choosing the reading text restores it; nothing is requested from elsewhere;
 * without JavaScript the apparatus is complete and the reading text is shown.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(Chromium.LOCK)
class WitnessViewBrowserTest {
  private static final String PAGE = "address/index.html";
  private ChromeDriver driver;
  private Path site;

  @BeforeAll
  void start(@TempDir Path tmp) {
    driver = Chromium.shared();
    site = tmp.resolve("site");
    Build.Result result = Fixtures.build(Fixtures.RESOURCES.resolve("fixtures/variants"), Fixtures.TEMPLATES, site, true, true);
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
  }

  @AfterEach
  void reset() {
    Chromium.resetEmulation(driver);
  }

  private void open(int width) {
    driver.manage().window().setSize(new Dimension(width, 1000));
    driver.get(site.resolve(PAGE).toUri().toString());
    assertTrue(driver.getCurrentUrl().startsWith("file:"), "opened from disk, without a server");
  }

  /** The words of a paragraph as a reader reads them: without its locator, lemma links, note markers and notes. */
  private String paragraph(String id) {
    return ((String) driver.executeScript("var c = document.getElementById(arguments[0]).cloneNode(true);"
        + "c.querySelectorAll('.loc, .lem-ref, .nt, .mk, .sn').forEach(function (e) { e.remove(); });"
        + "return c.textContent.replace(/\\s+/g, ' ').trim();", id));
  }

  private void choose(String value) {
    new Select(driver.findElement(By.id("witness-choice"))).selectByValue(value);
  }

  @Test
  void choosingAWitnessShowsItsReadingsAndTheReadingTextRestoresThem() {
    open(1280);
    String p1 = paragraph("p1");
    String p2 = paragraph("p2");
    String p3 = paragraph("p3");
    assertTrue(driver.findElement(By.cssSelector(".witness-view")).isDisplayed(), "the script shows the chooser");
    assertTrue(p1.contains("a lovely hall") && p1.contains("to speak of common things."), p1);

    choose("P");
    String p1AsP = paragraph("p1");
    assertTrue(p1AsP.contains("a lovelier hall"), "substitution: " + p1AsP);
    assertFalse(p1AsP.contains("common things"), "omission: " + p1AsP);
    assertTrue(paragraph("p2").contains("the old stone bridge holds"), "addition before the lemma: " + paragraph("p2"));
    assertTrue(paragraph("p3").contains("We ask for a clean well and a new school."), "transposition: " + paragraph("p3"));
    assertTrue(paragraph("p4").contains("done nothing."), paragraph("p4"));
    assertTrue(paragraph("p2").contains("floods each spring,"), "P has the lemma here: " + paragraph("p2"));
    List<WebElement> marked = driver.findElements(By.cssSelector(".lemma.wit-rdg"));
    assertTrue(marked.size() >= 5, "each substituted reading is marked: " + marked.size());
    assertTrue(driver.findElement(By.cssSelector("#lem-lovely")).getAttribute("title").contains("P reads this"));
    assertEquals(1, driver.findElements(By.cssSelector(".lemma.wit-om")).size(), "the omission is marked where it was");
    assertTrue(driver.findElement(By.cssSelector(".witness-status")).getText().contains("5 readings of P"),
        driver.findElement(By.cssSelector(".witness-status")).getText());

    choose("A");
    assertTrue(paragraph("p2").contains("floods each spring and autumn,"), "A's addition: " + paragraph("p2"));
    assertTrue(paragraph("p1").contains("a lovely hall"), "A has the lemma: " + paragraph("p1"));

    choose("");
    assertEquals(p1, paragraph("p1"));
    assertEquals(p2, paragraph("p2"));
    assertEquals(p3, paragraph("p3"));
    assertTrue(driver.findElements(By.cssSelector(".wit-rdg")).isEmpty(), "no reading stays marked");
    assertEquals("lovely", driver.findElement(By.cssSelector("#p1 [data-note=n-hall] > #lem-lovely")).getText(),
        "the lemma is back inside the note's highlight");
  }

  @Test
  void nothingIsRequestedFromElsewhere() {
    open(1280);
    choose("P");
    @SuppressWarnings("unchecked")
    List<String> resources = (List<String>) driver.executeScript(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
            + ".concat(performance.getEntriesByType('navigation').map(function (e) { return e.name; }))");
    assertTrue(driver.findElement(By.cssSelector(".witness-view")).isDisplayed(), "the page's own script ran");
    for (String r : resources) {
      assertTrue(r.startsWith("file:"), "requested " + r);
    }
  }

  @Test
  void withoutJavaScriptTheApparatusIsCompleteAndTheReadingTextShown() {
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    open(1280);
    assertFalse(driver.findElement(By.cssSelector(".witness-view")).isDisplayed(), "no chooser that would do nothing");
    assertTrue(paragraph("p1").contains("a lovely hall"));
    List<WebElement> entries = driver.findElements(By.cssSelector(".apparatus-criticus .app-entry"));
    assertEquals(6, entries.size());
    assertEquals("¶1 lovely] A; lovelier P", entries.get(0).getText());
    assertEquals("¶1 of common things] A; om. P", entries.get(1).getText());
    assertEquals("¶2 bridge] A; praem. stone P", entries.get(3).getText());
    assertTrue(entries.get(4).getText().startsWith("¶3 a new school and a clean well] A; a clean well and a new school (tr.) P"));
    entries.get(0).findElement(By.cssSelector(".app-lem")).click();
    assertTrue(driver.getCurrentUrl().endsWith("#lem-lovely"), "the entry links to its lemma");
    driver.findElement(By.cssSelector("#p1 .lem-ref")).click();
    assertTrue(driver.getCurrentUrl().endsWith("#v-lovely"), "and the lemma back to its entry");
  }

  @Test
  void theApparatusPrintsAndTheChooserDoesNot() {
    open(1280);
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print", "features", List.of()));
    assertTrue(driver.findElement(By.id("apparatus")).isDisplayed());
    assertEquals(6, driver.findElements(By.cssSelector(".app-entry")).stream().filter(WebElement::isDisplayed).count());
    assertTrue(driver.findElement(By.id("witnesses")).isDisplayed(), "the list of witnesses prints");
    assertFalse(driver.findElement(By.cssSelector(".witness-view")).isDisplayed(), "the chooser is screen furniture");
    assertFalse(driver.findElement(By.cssSelector("#p1 .lem-ref")).isDisplayed(), "so are the links to the entries");
  }

  @Test
  void screenshotsOfTheWitnessViewForAReviewer() throws IOException {
    Path out = Fixtures.PROJECT.resolve("target/screenshots");
    Files.createDirectories(out);
    for (int width : List.of(1280, 375)) {
      open(width);
      choose("P");
      Files.write(out.resolve("witness-view-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
      driver.executeScript("document.getElementById('apparatus').scrollIntoView()");
      Files.write(out.resolve("apparatus-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
      assertTrue(Files.size(out.resolve("witness-view-" + width + ".png")) > 10_000);
    }
  }
}
