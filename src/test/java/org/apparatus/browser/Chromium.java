package org.apparatus.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's headless Chromium through the system chromedriver (no downloads). When either is
 * missing the calling test is skipped with a reason, except under CI=true, where it fails.
 *
 * <p>Test classes share one browser per JVM ({@link #shared()}), reset to a clean state each time it is handed out;
 * a class that needs a browser of its own (or one per test) calls {@link #startOrSkip()} and quits it itself.
 *
 * <p>Test classes run side by side, but every class that drives a browser holds {@link #LOCK}, so browser classes
 * run one at a time: one shared browser cannot serve two classes, and the browser checks that read layout and timing
 * see the page as one reader's browser would (SharedChromiumTest checks that every browser class holds it).
 */
public final class Chromium {
  /** The resource every browser test class locks (JUnit's {@code @ResourceLock}). */
  public static final String LOCK = "chromium";
  private static final Path BROWSER = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  /** Origins other than file:// that shared-browser tests opened, whose stored data each hand-out clears. */
  private static final Set<String> ORIGINS = ConcurrentHashMap.newKeySet();
  private static ChromeDriver shared;
  private static Dimension initialWindow;

  private Chromium() {}

  /** Whether {@code testClass} declares {@code @ResourceLock(LOCK)}, alone or among other locks. */
  public static boolean lockedBy(Class<?> testClass) {
    return Arrays.stream(testClass.getAnnotationsByType(ResourceLock.class)).anyMatch(lock -> lock.value().equals(LOCK));
  }

  public static ChromeDriver startOrSkip() {
    skipUnlessInstalled();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
    return driver;
  }

  /**
   * The JVM's shared browser, started on first use and quit when the JVM exits. Each call hands it out as a fresh
   * one would be: a single new tab on about:blank (so no emulation, script setting or session storage carries
   * over), the window at its starting size, and no cookies or local storage left by an earlier class. Callers never
   * quit it. If an earlier class left it unusable, a new one is started.
   */
  public static synchronized ChromeDriver shared() {
    skipUnlessInstalled();
    if (shared != null && !alive(shared)) {
      quietlyQuit(shared);
      shared = null;
    }
    if (shared == null) {
      ChromeDriver started = startOrSkip();
      initialWindow = started.manage().window().getSize();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> quietlyQuit(started), "chromium-quit"));
      shared = started;
      return started;
    }
    reset(shared);
    return shared;
  }

  /** Registers an origin (e.g. a loopback server's) whose stored data must not outlive the class that used it. */
  static void opened(String origin) {
    ORIGINS.add(origin);
  }

  /** Undoes what a test emulated (print media, colour scheme, script disabled), so the next test starts clean. */
  public static void resetEmulation(ChromeDriver driver) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
  }

  static String originOf(java.net.URI url) {
    return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
  }

  private static void reset(ChromeDriver driver) {
    List<String> old = List.copyOf(driver.getWindowHandles());
    driver.switchTo().newWindow(WindowType.TAB);
    String fresh = driver.getWindowHandle();
    for (String handle : old) {
      driver.switchTo().window(handle).close();
    }
    driver.switchTo().window(fresh);
    driver.get("about:blank");
    driver.manage().window().setSize(initialWindow);
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    for (String origin : origins()) {
      driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
    }
  }

  private static List<String> origins() {
    List<String> all = new java.util.ArrayList<>(ORIGINS);
    all.add("file://");
    return all;
  }

  private static void skipUnlessInstalled() {
    boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    if (!present) {
      assertFalse("true".equals(System.getenv("CI")), "CI=true but Chromium is missing: install chromium chromium-driver");
      Assumptions.abort("Chromium or chromedriver not installed at /usr/bin: browser checks skipped");
    }
  }

  private static boolean alive(ChromeDriver driver) {
    try {
      driver.getWindowHandles();
      return true;
    } catch (WebDriverException e) {
      return false;
    }
  }

  private static void quietlyQuit(ChromeDriver driver) {
    try {
      driver.quit();
    } catch (WebDriverException e) {
      // Already gone.
    }
  }
}
