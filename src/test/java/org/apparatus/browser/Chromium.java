package org.apparatus.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through the system chromedriver (no downloads). When either is
 * missing the calling test is skipped with a reason, except under CI=true, where it fails.
 */
public final class Chromium {
  private static final Path BROWSER = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {}

  public static ChromeDriver startOrSkip() {
    boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    if (!present) {
      assertFalse("true".equals(System.getenv("CI")), "CI=true but Chromium is missing: install chromium chromium-driver");
      Assumptions.abort("Chromium or chromedriver not installed at /usr/bin: browser checks skipped");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    return driver;
  }

  /** Undoes what a test emulated (print media, colour scheme, script disabled), so the next test starts clean. */
  public static void resetEmulation(ChromeDriver driver) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
  }
}
