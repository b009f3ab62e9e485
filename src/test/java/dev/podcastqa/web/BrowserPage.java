package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a browser test class, with what those tests do again and again: wait
 * for an element, emulate a phone or a dark-preferring system, save a screenshot under {@code
 * target/screenshots}, and run axe-core (from its webjar on the test classpath) in the page.
 */
final class BrowserPage implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

  private final Path profile;
  private final ChromeDriver browser;
  private final WebDriverWait wait;

  private BrowserPage(Path profile, ChromeDriver browser) {
    this.profile = profile;
    this.browser = browser;
    this.wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  static BrowserPage start() {
    try {
      Path profile = Files.createTempDirectory("podcastqa-chromium-");
      Files.createDirectories(SCREENSHOTS);
      return new BrowserPage(profile, Chromium.start(profile));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ChromeDriver driver() {
    return browser;
  }

  WebDriverWait waiting() {
    return wait;
  }

  /**
   * A blank page at desktop size in the light system theme, with nothing kept from the last test:
   * the session's conversation and the chosen theme of {@code server}'s origin are cleared.
   */
  void reset(TestServer server) {
    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    systemTheme("light");
    browser.get(server.url("/favicon.ico"));
    browser.executeScript("window.sessionStorage.clear(); window.localStorage.clear();");
    browser.get("about:blank");
  }

  /** Emulates a screen {@code width} CSS pixels wide (a phone when under 600). */
  void width(int width) {
    boolean phone = width < 600;
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            width,
            "height",
            phone ? 844 : 900,
            "deviceScaleFactor",
            phone ? 2 : 1,
            "mobile",
            phone));
  }

  /** Emulates the system's colour preference, {@code "dark"} or {@code "light"}. */
  void systemTheme(String scheme) {
    browser.executeCdpCommand(
        "Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  WebElement waitFor(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  Object script(String script, Object... args) {
    return browser.executeScript(script, args);
  }

  /** The page's computed background colour, e.g. {@code rgb(19, 20, 24)}. */
  String background() {
    return (String) script("return getComputedStyle(document.body).backgroundColor;");
  }

  void screenshot(String name) {
    try {
      Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void assertNoHorizontalOverflow() {
    List<?> widths =
        (List<?>)
            script(
                "return [document.documentElement.scrollWidth, document.body.scrollWidth,"
                    + " window.innerWidth];");
    long viewport = ((Number) widths.get(2)).longValue();
    assertThat(((Number) widths.get(0)).longValue()).as("page width").isLessThanOrEqualTo(viewport);
    assertThat(((Number) widths.get(1)).longValue()).as("body width").isLessThanOrEqualTo(viewport);
  }

  /**
   * The serious and critical accessibility violations axe-core finds in the page as it is now, one
   * line each: rule id, impact and the first offending element.
   */
  List<String> seriousAccessibilityViolations() {
    if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object';"))) {
      script(axeSource());
    }
    Map<?, ?> found =
        (Map<?, ?>)
            browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document).then(r => done({passed: r.passes.length,"
                    + " violations: r.violations"
                    + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.length + ' element(s), '"
                    + " + v.nodes[0].target.join(' ') + ' ' + v.nodes[0].failureSummary)}))"
                    + ".catch(e => done({passed: 0, violations: ['axe failed: ' + e]}));");
    // axe checked something: rules such as color-contrast and button-name passed on the page.
    assertThat(((Number) found.get("passed")).intValue()).as("axe rules passed").isPositive();
    return ((List<?>) found.get("violations")).stream().map(String::valueOf).toList();
  }

  private static String axeSource() {
    try (InputStream in = BrowserPage.class.getResourceAsStream(AXE)) {
      if (in == null) {
        throw new IllegalStateException("axe-core is not on the test classpath: " + AXE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    browser.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
