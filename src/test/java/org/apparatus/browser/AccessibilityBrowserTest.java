package org.apparatus.browser;

import org.apparatus.edition.BundledEdition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.args.AxeRunOptions;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core at WCAG 2.1 A and AA on every page the edition builds, in light and dark mode, plus the Cite panel open.
 * Zero violations is the bar.
 */
@BundledEdition
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(Chromium.LOCK)
class AccessibilityBrowserTest {
  private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  /**
   * The rules of those levels that read colours (axe tags them "cat.color"). The dark colour scheme only redefines
   * the theme's colour properties (style.css, prefers-color-scheme), so the other rules cannot see a difference and
   * the dark pass runs these alone.
   */
  private static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");
  private ChromeDriver driver;
  private Path site;

  @BeforeAll
  void start() throws IOException {
    driver = Chromium.shared();
    site = Fixtures.sharedEdition().site();
    driver.manage().window().setSize(new Dimension(1280, 1000));
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
          assertNoViolations(page + " in " + scheme + " mode", scheme.equals("light") ? all() : axe().withOnlyRules(COLOUR_RULES));
        }));
      }
    }
    tests.add(DynamicTest.dynamicTest("cite panel open", () -> {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
      driver.get(site.resolve("afrasiabi/index.html").toUri().toString());
      driver.executeScript("arguments[0].click()", driver.findElement(By.cssSelector("#p1 .cite-btn")));
      assertNoViolations("afrasiabi with the Cite panel open", all());
    }));
    return tests.stream();
  }

  private static AxeBuilder all() {
    return axe().withTags(TAGS);
  }

  /**
   * Violations are all that is asserted, so axe describes only those (describing every passing node, a selector
   * and its HTML each, cost more than the checks on the long pages). The pages have no frames (asserted), so axe runs
   * in the page in one call, instead of in parts gathered in a second, blank window that needs axe injected again.
   */
  private static AxeBuilder axe() {
    AxeRunOptions options = new AxeRunOptions();
    options.setResultTypes(List.of("violations"));
    return new AxeBuilder().withOptions(options).setLegacyMode(true);
  }

  private void assertNoViolations(String where, AxeBuilder axe) {
    assertEquals(0L, driver.executeScript("return document.querySelectorAll('iframe, frame').length"), where + " has no frames");
    Results results = axe.analyze(driver);
    assertFalse(results.isErrored(), () -> where + ": axe failed: " + results.getErrorMessage());
    List<Rule> violations = results.getViolations();
    assertTrue(violations.isEmpty(), () -> where + ": " + violations.stream()
        .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at " + v.getNodes().stream().limit(3)
            .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n")));
  }
}
