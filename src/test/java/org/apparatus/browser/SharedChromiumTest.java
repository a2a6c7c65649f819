package org.apparatus.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The shared browser comes back from one class to the next as a fresh one would be, and no two classes drive a
 * browser at once.
 */
@ResourceLock(Chromium.LOCK)
class SharedChromiumTest {
  private static final String STATE = "return [document.title, matchMedia('print').matches, "
      + "matchMedia('(prefers-color-scheme: dark)').matches, localStorage.length, sessionStorage.length, document.cookie]";

  @Test
  void nothingAClassLeavesBehindReachesTheNext(@TempDir Path tmp) throws Exception {
    String page = "<!doctype html><title>no script</title><script>document.title = 'script ran'</script>";
    Files.writeString(tmp.resolve("index.html"), page);
    Files.writeString(tmp.resolve("404.html"), page);
    ChromeDriver driver = Chromium.shared();
    Dimension start = driver.manage().window().getSize();
    try (SiteServer server = new SiteServer(tmp, "/")) {
      String fromDisk = tmp.resolve("index.html").toUri().toString();
      String overHttp = server.url("index.html");
      driver.get(fromDisk);
      List<?> clean = (List<?>) driver.executeScript(STATE);
      assertEquals(List.of("script ran", false, false, 0L, 0L, ""), clean, "a page as a fresh browser shows it");

      driver.manage().window().setSize(new Dimension(400, 500));
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print",
          "features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
      driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
      for (String url : List.of(fromDisk, overHttp)) {
        driver.get(url);
        driver.executeScript("localStorage.setItem('k', 'v'); sessionStorage.setItem('k', 'v');"
            + "document.cookie = 'k=v; max-age=3600'");
      }
      driver.switchTo().newWindow(WindowType.TAB);

      assertSame(driver, Chromium.shared());
      assertEquals(1, driver.getWindowHandles().size(), "one tab");
      assertEquals(start, driver.manage().window().getSize());
      for (String url : List.of(fromDisk, overHttp)) {
        driver.get(url);
        assertEquals(clean, driver.executeScript(STATE), url + " shows no emulation, storage or cookie left over");
      }
    }
  }

  @Test
  void everyBrowserTestClassHoldsTheBrowserLock() throws Exception {
    Path classes = Path.of(SharedChromiumTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve(SharedChromiumTest.class.getPackageName().replace('.', '/'));
    List<String> tests;
    try (var files = Files.list(classes)) {
      tests = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("Test.class")).sorted().toList();
    }
    assertTrue(tests.size() >= 10, "the browser test classes were found: " + tests);
    for (String file : tests) {
      Class<?> test = Class.forName(SharedChromiumTest.class.getPackageName() + "." + file.replace(".class", ""));
      assertTrue(Chromium.lockedBy(test), test.getSimpleName() + " holds @ResourceLock(Chromium.LOCK)");
    }
  }
}
