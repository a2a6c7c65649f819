package org.apparatus.browser;

import org.apparatus.edition.BundledEdition;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apparatus.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core at WCAG 2.1 A and AA on every page the edition builds, in light and dark mode, plus the Cite panel open.
 * Zero violations is the bar.
 */
@BundledEdition
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {
  private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  private ChromeDriver driver;
  private Path site;

  @BeforeAll
  void start(@TempDir Path tmp) {
    driver = Chromium.startOrSkip();
    site = tmp.resolve("site");
    Fixtures.buildEdition(site);
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyPageInLightAndDarkMode() throws IOException {
    List<String> pages = Fixtures.htmlPages(site);
    assertTrue(pages.size() >= 8, "all page types were built: " + pages);
    List<DynamicTest> tests = new ArrayList<>();
    for (String page : pages) {
      for (String scheme : List.of("light", "dark")) {
        tests.add(DynamicTest.dynamicTest(page + " (" + scheme + ")", () -> {
          driver.executeCdpCommand("Emulation.setEmulatedMedia",
              Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
          driver.get(site.resolve(page).toUri().toString());
          assertNoViolations(page + " in " + scheme + " mode");
        }));
      }
    }
    tests.add(DynamicTest.dynamicTest("cite panel open", () -> {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
      driver.get(site.resolve("afrasiabi/index.html").toUri().toString());
      driver.executeScript("arguments[0].click()", driver.findElement(By.cssSelector("#p1 .cite-btn")));
      assertNoViolations("afrasiabi with the Cite panel open");
    }));
    return tests.stream();
  }

  private void assertNoViolations(String where) {
    Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
    List<Rule> violations = results.getViolations();
    assertTrue(violations.isEmpty(), () -> where + ": " + violations.stream()
        .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at " + v.getNodes().stream().limit(3)
            .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n")));
  }
}
