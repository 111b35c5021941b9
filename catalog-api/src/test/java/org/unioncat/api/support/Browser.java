package org.unioncat.api.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests, driven through the system's chromedriver: Debian's
 * {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them). Never Selenium
 * Manager: the machine's network is closed, so both executables are given explicitly. A fresh
 * profile per browser, deleted on close.
 */
public final class Browser implements AutoCloseable {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path profile;
  private final String base;

  private Browser(ChromeDriver driver, Path profile, String base) {
    this.driver = driver;
    this.profile = profile;
    this.base = base;
  }

  /** Skips the calling test, with the reason, when Chromium or chromedriver is not installed. */
  public static void assumeInstalled() {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: install Debian's chromium and chromium-driver"
            + " (apt-get install -y chromium chromium-driver; .ci/run does it)");
  }

  /** Opens a browser on the service at {@code port}, signed in as the test administrator. */
  public static Browser open(int port) throws IOException {
    Browser b = openSignedOut(port);
    b.signIn(Http.ADMIN_USER, Http.ADMIN_PASSWORD);
    return b;
  }

  /** Signs in through the login form (the form carries the CSRF token). */
  public void signIn(String user, String password) {
    go("/ui/login");
    find("input[name='username']").sendKeys(user);
    find("input[name='password']").sendKeys(password);
    clickAndWait("button[type='submit']");
    if (path().startsWith("/ui/login")) {
      throw new IllegalStateException("could not sign in as " + user);
    }
  }

  /** Opens a browser on the service at {@code port}, window 1366×900, not signed in. */
  public static Browser openSignedOut(int port) throws IOException {
    assumeInstalled();
    Path profile = Files.createTempDirectory("unioncat-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=en-US",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new Browser(driver, profile, "http://127.0.0.1:" + port);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Loads {@code path} (e.g. "/ui/search?q=x") and waits for the page. */
  public Browser go(String path) {
    driver.get(base + path);
    return this;
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public java.util.List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public String text(String css) {
    return find(css).getText();
  }

  /** Clicks and waits for the next page (a form submit or a link). */
  public void clickAndWait(String css) {
    WebElement old = find("html");
    find(css).click();
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> isGone(old));
  }

  /**
   * True once the old page's element is gone. Chromium answers either "stale element" or, while
   * the new document replaces the old one, "node does not belong to the document"; both mean the
   * page was replaced ({@code ExpectedConditions.stalenessOf} knows only the first).
   */
  private static boolean isGone(WebElement old) {
    try {
      old.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      String message = e.getMessage();
      if (message != null && message.contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** Fetches {@code path} with the browser's session (cookies), returning the body as text. */
  public String fetch(String path) {
    Object text =
        driver.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('FAILED ' + e));",
            path);
    return String.valueOf(text);
  }

  public String path() {
    String url = driver.getCurrentUrl();
    return url == null ? "" : url.substring(base.length());
  }

  /** Saves the page as a PNG (the whole page height) for the README. */
  public void screenshot(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, Math.min(2400, Math.max(700, height.intValue()))));
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
