package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.testing.LogCapture;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web chat and episode pages in real headless Chromium, against the test server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebChatBrowserTests {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private TestServer server;
  private Path profile;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  void startBrowser() throws IOException {
    profile = Files.createTempDirectory("podcastqa-chromium-");
    browser = Chromium.start(profile);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    server = TestServer.start();
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @BeforeEach
  void freshPage() {
    server.answers().reset();
    browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    // The chat keeps its conversation in sessionStorage: start each test without the last one's.
    browser.get(server.url("/favicon.ico"));
    browser.executeScript("window.sessionStorage.clear(); window.localStorage.clear();");
    browser.get("about:blank");
  }

  @Test
  void answerCitesTheMomentAndItsEpisodePageHighlightsTheChapter() throws IOException {
    browser.get(server.url("/"));
    server.answers().pause();
    WebElement input = browser.findElement(By.id("question"));
    input.sendKeys("What is grokking?", Keys.ENTER);

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message.thinking")));
    assertThat(input.isEnabled()).as("input is locked while waiting").isFalse();
    server.answers().resume();

    WebElement answer = waitFor(".message.answer");
    WebElement stamp = answer.findElement(By.cssSelector(".citation .timestamp"));
    assertThat(stamp.getText()).isEqualTo("▶ 00:49:26");
    assertThat(stamp.getAttribute("aria-label")).isEqualTo("Play from 00:49:26");
    WebElement momentLink = answer.findElement(By.cssSelector(".citation .moment-link"));
    assertThat(momentLink.getAttribute("href")).endsWith("t=2966");
    assertThat(browser.findElements(By.cssSelector(".message.thinking"))).isEmpty();
    assertThat(input.isEnabled()).isTrue();

    answer.findElement(By.cssSelector(".marker")).click();
    WebElement card = answer.findElement(By.cssSelector(".citation"));
    assertThat(browser.switchTo().activeElement()).isEqualTo(card);
    screenshot("chat-desktop.png");

    String chatWindow = browser.getWindowHandle();
    WebElement episodeLink = answer.findElement(By.cssSelector(".source-group .episode-link"));
    assertThat(episodeLink.getText()).isEqualTo("Neel Nanda on Mechanistic Interpretability");
    momentLink.click();
    switchToOtherWindow(chatWindow);
    assertThat(browser.getCurrentUrl())
        .endsWith("/episodes/" + TestCatalog.NEEL + "?t=" + TestCatalog.GROKKING_SECOND);
    WebElement current = waitFor(".moment.current");
    assertThat(current.getText()).contains("Grokking and Sudden Generalization");
    assertThat(current.getAttribute("aria-current")).isEqualTo("true");
    screenshot("episode-desktop.png");
    browser.close();
    browser.switchTo().window(chatWindow);
  }

  @Test
  void answerStreamsIntoTheChatBeforeItsSourcesArrive() {
    browser.get(server.url("/"));
    server.answers().pauseAfterFirstDelta();
    browser.findElement(By.id("question")).sendKeys("What is grokking?", Keys.ENTER);

    WebElement streamed = waitFor(".message.thinking .streamed");
    wait.until(d -> !streamed.getText().isBlank());
    String firstPiece = streamed.getText();
    assertThat(browser.findElements(By.cssSelector(".message.answer"))).isEmpty();
    assertThat(streamed.getAttribute("aria-hidden")).isEqualTo("true");
    server.answers().resume();

    WebElement answer = waitFor(".message.answer");
    // The finished answer shows the *starred* episode title in italics, without the stars.
    assertThat(answer.findElement(By.cssSelector(".answer-text")).getText())
        .startsWith(firstPiece.replace("*", ""));
    assertThat(answer.findElement(By.cssSelector(".answer-text em")).getText())
        .isEqualTo("Neel Nanda on Mechanistic Interpretability");
    assertThat(answer.findElements(By.cssSelector(".citation"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector(".message.thinking"))).isEmpty();
  }

  @Test
  void markupInQuestionsAnswersAndQuotesIsShownAsText() {
    browser.get(server.url("/"));
    String question = "How do attackers hide <img src=x onerror=alert(1)> in web pages?";
    browser.findElement(By.id("question")).sendKeys(question, Keys.ENTER);

    WebElement answer = waitFor(".message.answer");
    assertNoAlert();
    WebElement log = browser.findElement(By.id("conversation"));
    assertThat(log.findElements(By.cssSelector("img, script, iframe, b, i"))).isEmpty();
    assertThat(log.findElement(By.cssSelector(".message.question")).getText()).isEqualTo(question);
    // The real pipeline quotes the corpus's markup (a reference label or chapter notes); the
    // marker's preview shows the quote as text too.
    String text = answer.findElement(By.cssSelector(".answer-text")).getText();
    assertThat(text)
        .containsAnyOf("<img src=x onerror=alert('ref')>", "<script>alert('quote')</script>");
    WebElement marker = answer.findElement(By.cssSelector(".marker"));
    browser.executeScript("arguments[0].focus();", marker);
    WebElement preview = browser.findElement(By.id(marker.getAttribute("aria-describedby")));
    wait.until(d -> preview.isDisplayed());
    assertThat(preview.getText())
        .containsAnyOf("<img src=x onerror=alert('ref')>", "<script>alert('quote')</script>");
    assertNoAlert();
    assertThat(answer.findElements(By.cssSelector("img, script, iframe, b, i"))).isEmpty();
    assertThat(answer.findElement(By.cssSelector(".episode-link")).getText())
        .isEqualTo("Prompt Injection in the Wild <b>live</b>");
  }

  @Test
  void episodePageShowsCorpusMarkupAsTextAndDropsScriptLinks() {
    browser.get(server.url("/episodes/" + TestCatalog.INJECTION));

    WebElement title = waitFor("#episode-title");
    wait.until(d -> !title.getText().isEmpty());
    assertNoAlert();
    assertThat(title.getText()).isEqualTo("Prompt Injection in the Wild <b>live</b>");
    WebElement page = browser.findElement(By.id("episode"));
    assertThat(page.findElements(By.cssSelector("img, script, iframe, b, i"))).isEmpty();
    assertThat(page.getText())
        .contains("<img src=x onerror=alert('ref')>")
        .contains("<script>alert('quote')</script>");
    for (WebElement a : page.findElements(By.cssSelector("a"))) {
      assertThat(a.getAttribute("href")).startsWith("http");
    }
  }

  @Test
  void pagesFitAPhoneScreenWithTheInputReachable() throws IOException {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 375, "height", 740, "deviceScaleFactor", 2, "mobile", true));
    browser.get(server.url("/"));
    waitFor(".suggestion");
    assertNoHorizontalOverflow();
    screenshot("chat-empty-phone.png");
    browser
        .findElement(By.id("question"))
        .sendKeys("What is grokking and superposition?", Keys.ENTER);
    waitFor(".message.answer");
    assertNoHorizontalOverflow();
    assertThat(inViewport(browser.findElement(By.id("question")))).isTrue();
    screenshot("chat-phone.png");

    browser.get(server.url("/episodes/" + TestCatalog.NEEL + "?t=3000"));
    waitFor(".moment.current");
    assertNoHorizontalOverflow();
    screenshot("episode-phone.png");
  }

  @Test
  void episodePageCuesTheAudioAndChapterLinksSeekIt() {
    browser.get(server.url("/episodes/" + TestCatalog.SHORT + "?t=5"));

    assertThat(waitFor(".moment.current").getText()).contains("The Middle Part");
    waitForAudioAt(5);

    WebElement closing = browser.findElements(By.cssSelector("#chapters .moment")).get(2);
    closing.findElement(By.cssSelector(".timestamp")).click();
    waitForAudioAt(8);
    assertThat(browser.getCurrentUrl()).endsWith("?t=8");
    assertThat(waitFor(".moment.current").getText()).contains("Closing Thoughts");
  }

  @Test
  void suggestionsComeFromChaptersAndFollowUpsKeepTheConversation() throws IOException {
    browser.get(server.url("/"));
    waitFor(".suggestion");
    List<String> suggestions =
        browser.findElements(By.cssSelector(".suggestion")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(suggestions)
        .contains("What do they say about grokking and sudden generalization?")
        .noneMatch(s -> s.contains("Sponsors") || s.contains("Introduction"));
    screenshot("chat-empty-desktop.png");

    browser.findElement(By.cssSelector(".suggestion")).click();
    waitFor(".message.answer");
    assertThat(browser.findElement(By.id("empty-state")).isDisplayed()).isFalse();
    browser.findElement(By.id("question")).sendKeys("And what about superposition?", Keys.ENTER);
    wait.until(d -> d.findElements(By.cssSelector(".message.answer")).size() == 2);

    var asked = server.answers().received();
    assertThat(asked).hasSize(2);
    assertThat(asked.get(0).conversationId()).isNull();
    assertThat(asked.get(1).conversationId()).isNotNull().startsWith("c-");
  }

  @Test
  void errorsAndWholeEpisodeCitationsShowInTheConversation() {
    browser.get(server.url("/"));
    WebElement input = browser.findElement(By.id("question"));
    input.sendKeys("adversarial security research", Keys.ENTER);
    WebElement whole = waitFor(".citation .timestamp.whole");
    assertThat(whole.getText()).isEqualTo("whole episode");
    assertThat(whole.getTagName()).isEqualTo("span");

    try (LogCapture log = LogCapture.silencing(ErrorMapper.class)) {
      server.answers().failNext(new IllegalStateException("boom"));
      input.sendKeys("What is grokking?", Keys.ENTER);
      WebElement error = waitFor(".message.error");
      assertThat(error.getText()).contains("Something went wrong on our side");
      assertThat(input.getAttribute("value")).isEqualTo("What is grokking?");
      assertThat(log.withStackTraces())
          .containsExactly("POST /api/chat/stream failed (java.lang.IllegalStateException)");
    }
  }

  private WebElement waitFor(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  private void waitForAudioAt(int second) {
    wait.until(
        d -> {
          Object at = browser.executeScript("return document.querySelector('audio').currentTime;");
          double t = ((Number) at).doubleValue();
          return t >= second && t < second + 2;
        });
  }

  private void switchToOtherWindow(String current) {
    wait.until(d -> d.getWindowHandles().size() > 1);
    Set<String> handles = browser.getWindowHandles();
    handles.stream()
        .filter(h -> !h.equals(current))
        .findFirst()
        .ifPresent(h -> browser.switchTo().window(h));
  }

  private void assertNoAlert() {
    try {
      browser.switchTo().alert();
      throw new AssertionError("a script from the data ran and opened an alert");
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
  }

  private void assertNoHorizontalOverflow() {
    Object sizes =
        browser.executeScript(
            "return [document.documentElement.scrollWidth, document.body.scrollWidth,"
                + " window.innerWidth];");
    List<?> widths = (List<?>) sizes;
    long viewport = ((Number) widths.get(2)).longValue();
    assertThat(((Number) widths.get(0)).longValue()).as("page width").isLessThanOrEqualTo(viewport);
    assertThat(((Number) widths.get(1)).longValue()).as("body width").isLessThanOrEqualTo(viewport);
  }

  private boolean inViewport(WebElement element) {
    Object inside =
        browser.executeScript(
            "const r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight"
                + " && r.right <= window.innerWidth;",
            element);
    return Boolean.TRUE.equals(inside);
  }

  private void screenshot(String name) throws IOException {
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
