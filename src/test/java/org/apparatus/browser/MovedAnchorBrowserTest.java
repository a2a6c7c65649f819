package org.apparatus.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.apparatus.Fixtures;
import org.apparatus.build.Build;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Old fragments of moved anchors in a real browser, from disk: the script takes the reader from the
 * old fragment to the new anchor, on the same page and across pages. Skips when Chromium is absent,
 * except under CI=true.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ResourceLock(Chromium.LOCK)
class MovedAnchorBrowserTest {
  private ChromeDriver driver;
  private Path site;

  @BeforeAll
  void start(@TempDir Path tmp) throws Exception {
    driver = Chromium.shared();
    Path root = tmp.resolve("moved");
    Fixtures.copyTree(Fixtures.RESOURCES.resolve("anchors/base/content"), root.resolve("content"));
    Fixtures.copyTree(Fixtures.RESOURCES.resolve("anchors/moved/content"), root.resolve("content"));
    site = tmp.resolve("site");
    Build.Result result = Fixtures.build(root, Fixtures.TEMPLATES, site, true, true);
    assertFalse(result.failed(), () -> result.diagnostics().sorted().toString());
  }

  private void waitForUrlEnding(String ending) {
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith(ending));
  }

  @Test
  void anOldFragmentOnTheSamePageLeadsToTheNewAnchor() {
    driver.get(site.resolve("alpha/index.html").toUri() + "#s2-i1");
    waitForUrlEnding("/alpha/index.html#s3-i1");
    assertTrue((Boolean) driver.executeScript("return document.querySelector(':target').id === 's3-i1'"));
  }

  @Test
  void anOldFragmentFollowedWithinThePageLeadsToTheNewAnchor() {
    driver.get(site.resolve("alpha/index.html").toUri().toString());
    driver.executeScript("location.hash = '#s2'");
    waitForUrlEnding("/alpha/index.html#s3");
  }

  @Test
  void anOldFragmentOnAnotherPageLeadsThere() {
    driver.get(site.resolve("beta/index.html").toUri() + "#p3");
    waitForUrlEnding("/alpha/index.html#s1-p3");
    assertTrue((Boolean) driver.executeScript("return document.querySelector(':target').id === 's1-p3'"));
  }
}
