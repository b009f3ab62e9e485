package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.config.Setting;
import dev.podcastqa.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What a listener does in the web chat and its pages, in real headless Chromium against the test
 * server: plays a cited moment in place, scans sources, uses the everyday controls, browses the
 * episodes; in both themes, at desktop and phone widths, checked with axe-core.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListeningBrowserTests {

  private static final String MIDDLE = "What happens in the middle part?";
  private static final String GROKKING = "What is grokking?";
  private static final String ADMIN_TOKEN = "web-test-admin-token";

  private Path feedbackFolder;
  private TestServer server;
  private BrowserPage page;

  @BeforeAll
  void start() throws IOException {
    feedbackFolder = Files.createTempDirectory("podcastqa-web-feedback");
    server =
        TestServer.startWith(
            Map.of(
                Setting.FEEDBACK_DB,
                feedbackFolder.resolve("feedback.db").toString(),
                Setting.ADMIN_TOKEN,
                ADMIN_TOKEN));
    page = BrowserPage.start();
  }

  @AfterAll
  void stop() throws IOException {
    if (page != null) {
      page.close();
    }
    if (server != null) {
      server.close();
    }
    try (Stream<Path> files = Files.walk(feedbackFolder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  @BeforeEach
  void freshPage() {
    server.answers().reset();
    page.reset(server);
  }

  @Test
  void citationPlaysItsMomentInPlaceAtTheCitedSecond() {
    WebElement answer = ask(MIDDLE);
    WebElement play = answer.findElement(By.cssSelector(".citation .play"));
    assertThat(play.getText()).contains("00:00:04");
    play.click();

    WebElement audio = page.waitFor(".answer-player audio");
    page.waiting().until(d -> currentTime(audio) >= 4 && currentTime(audio) < 6);
    assertThat(page.driver().getCurrentUrl()).isEqualTo(server.url("/"));
    assertThat(page.driver().getWindowHandles()).hasSize(1);
    assertThat(answer.findElement(By.cssSelector(".player-caption")).getText())
        .isEqualTo("A Short Episode With Audio · from 00:00:04");
  }

  @Test
  void citationOfAnEpisodeWithNoAudioSaysSoAndLinksItsPage() {
    WebElement answer = ask(GROKKING);
    answer.findElement(By.cssSelector(".citation .play")).click();

    WebElement none = page.waitFor(".answer-player .no-audio");
    assertThat(none.getText()).startsWith("No audio for this episode.");
    assertThat(answer.findElements(By.cssSelector(".answer-player audio, .answer-player iframe")))
        .isEmpty();
    assertThat(none.findElement(By.cssSelector("a")).getAttribute("href"))
        .endsWith("/episodes/" + TestCatalog.NEEL + "?t=" + TestCatalog.GROKKING_SECOND);
  }

  @Test
  void audioItsHostNoLongerServesSaysSoOnTheEpisodePageAndUnderAnAnswer() {
    server.audio().gone(true);
    try {
      page.driver().get(server.url("/episodes/" + TestCatalog.SHORT + "?t=4"));
      WebElement note = page.waitFor("#player .audio-failed");
      assertThat(note.getText()).startsWith("The audio file could not be played.");
      assertThat(note.findElement(By.cssSelector("a")).getAttribute("href"))
          .isEqualTo(server.audio().url());

      page.reset(server);
      WebElement answer = ask(MIDDLE);
      answer.findElement(By.cssSelector(".citation .play")).click();
      assertThat(page.waitFor(".answer-player .audio-failed").getText())
          .startsWith("The audio file could not be played.");
    } finally {
      server.audio().gone(false);
    }
  }

  @Test
  void aRefusalSaysWhatToTryAndLinksTheEpisodesPage() {
    WebElement answer = ask("How do I bake sourdough bread at home?");

    assertThat(answer.getAttribute("class")).contains("unanswered");
    WebElement hint = answer.findElement(By.cssSelector(".refusal-hint"));
    assertThat(hint.getText()).startsWith("Try other words");
    assertThat(hint.findElement(By.cssSelector("a")).getAttribute("href"))
        .isEqualTo(server.url("/episodes"));
    assertThat(ask(MIDDLE).findElements(By.cssSelector(".refusal-hint"))).isEmpty();
  }

  @Test
  void markerPreviewsItsSourceOnFocusAndHidesOnBlur() {
    WebElement answer = ask(GROKKING);
    WebElement marker = answer.findElement(By.cssSelector(".marker"));
    WebElement preview = page.driver().findElement(By.id(marker.getAttribute("aria-describedby")));
    assertThat(preview.isDisplayed()).isFalse();

    page.script("arguments[0].focus();", marker);
    page.waiting().until(d -> preview.isDisplayed());
    assertThat(preview.getText())
        .contains("Neel Nanda on Mechanistic Interpretability")
        .contains("Neel · 00:49:26")
        .contains("So grokking is this wild phenomenon.");
    page.screenshot("chat-preview-desktop-light.png");

    page.script("arguments[0].blur();", marker);
    page.waiting().until(d -> !preview.isDisplayed());
  }

  @Test
  void sourcesAreGroupedByEpisodeAndQuoteThePassageNotTheAnswerAgain() {
    WebElement answer = ask(GROKKING);
    List<WebElement> groups = answer.findElements(By.cssSelector(".source-group"));
    assertThat(groups).hasSize(1);
    WebElement group = groups.get(0);
    assertThat(group.findElement(By.cssSelector(".source-episode")).getText())
        .contains("Neel Nanda on Mechanistic Interpretability")
        .contains("The Inside View");
    WebElement row = group.findElement(By.cssSelector(".citation"));
    String answerText = answer.findElement(By.cssSelector(".answer-text")).getText();
    WebElement quote = row.findElement(By.cssSelector(".quote"));
    // The transcript line is what the answer quotes; the row shows the chapter's notes around it.
    page.waiting().until(d -> quote.getText().startsWith("Grokking is when a network"));
    assertThat(answerText).doesNotContain(quote.getText());
  }

  @Test
  void thumbsDownWithACommentIsStored() {
    WebElement answer = ask(GROKKING);
    String answerId = answer.getAttribute("data-answer-id");
    assertThat(answerId).startsWith("a-");
    WebElement down = answer.findElement(By.cssSelector(".thumb[data-rating='down']"));
    down.click();
    WebElement status = answer.findElement(By.cssSelector(".feedback .action-status"));
    page.waiting().until(d -> status.getText().equals("Thanks for the feedback."));
    assertThat(down.getAttribute("aria-pressed")).isEqualTo("true");

    answer.findElement(By.cssSelector(".feedback-comment")).sendKeys("Which paper is this from?");
    answer.findElement(By.cssSelector(".feedback-send")).click();
    page.waiting().until(d -> status.getText().equals("Thanks, your comment was sent."));

    // The report (GET /api/admin/report) reads the database, written off the request thread.
    JsonNode stored = page.waiting().until(d -> thumbsDown(answerId).orElse(null));
    assertThat(stored.get("question").textValue()).isEqualTo(GROKKING);
    assertThat(stored.get("down").intValue()).isEqualTo(1);
    assertThat(stored.get("comments"))
        .extracting(JsonNode::textValue)
        .containsExactly("Which paper is this from?");
  }

  private Optional<JsonNode> thumbsDown(String answerId) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url("/api/admin/report")))
            .header("Authorization", "Bearer " + ADMIN_TOKEN)
            .timeout(Duration.ofSeconds(5))
            .GET()
            .build();
    HttpResponse<String> response = server.send(request);
    assertThat(response.statusCode()).isEqualTo(200);
    try {
      for (JsonNode rated : Json.newMapper().readTree(response.body()).get("thumbsDown")) {
        if (rated.get("answerId").textValue().equals(answerId)
            && !rated.get("comments").isEmpty()) {
          return Optional.of(rated);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void darkModeFollowsTheSystemAndTheToggleIsKept() {
    page.systemTheme("dark");
    page.driver().get(server.url("/"));
    page.waitFor(".suggestion");
    assertThat(page.background()).isEqualTo("rgb(19, 20, 24)");
    WebElement toggle = page.driver().findElement(By.id("theme-toggle"));
    assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");

    toggle.click();
    assertThat(page.background()).isEqualTo("rgb(247, 247, 245)");
    page.driver().navigate().refresh();
    page.waitFor(".suggestion");
    assertThat(page.background())
        .as("the choice outlives a reload")
        .isEqualTo("rgb(247, 247, 245)");

    page.systemTheme("light");
    page.driver().findElement(By.id("theme-toggle")).click();
    assertThat(page.background()).isEqualTo("rgb(19, 20, 24)");
  }

  @Test
  void conversationSurvivesAReloadAndFollowUpsKeepIt() {
    ask(GROKKING);
    page.driver().navigate().refresh();
    WebElement restored = page.waitFor(".message.answer");
    assertThat(page.driver().findElement(By.cssSelector(".message.question")).getText())
        .isEqualTo(GROKKING);
    assertThat(restored.findElement(By.cssSelector(".answer-text")).getText())
        .contains("So grokking is this wild phenomenon");
    assertThat(page.driver().findElement(By.id("empty-state")).isDisplayed()).isFalse();

    String kept =
        (String)
            page.script(
                "return JSON.parse(sessionStorage.getItem('podcastqa.conversation'))"
                    + ".conversationId;");
    assertThat(kept).startsWith("c-");
    page.driver().findElement(By.id("question")).sendKeys("And superposition?", Keys.ENTER);
    page.waiting().until(d -> d.findElements(By.cssSelector(".message.answer")).size() == 2);
    assertThat(server.answers().received().get(1).conversationId()).isEqualTo(kept);
  }

  @Test
  void slashFocusesTheQuestionAndEscapeStopsAStreamingAnswer() {
    page.driver().get(server.url("/"));
    page.waitFor(".suggestion");
    WebElement input = page.driver().findElement(By.id("question"));
    page.script("document.activeElement.blur();");
    new Actions(page.driver()).sendKeys("/").perform();
    assertThat(page.driver().switchTo().activeElement()).isEqualTo(input);
    assertThat(input.getAttribute("value")).isEmpty();

    server.answers().pauseAfterFirstDelta();
    input.sendKeys(GROKKING, Keys.ENTER);
    page.waitFor(".message.thinking .streamed");
    assertThat(page.driver().findElement(By.id("stop")).isDisplayed()).isTrue();
    new Actions(page.driver()).sendKeys(Keys.ESCAPE).perform();

    WebElement stopped = page.waitFor(".message.stopped");
    assertThat(stopped.getText()).contains("Stopped.");
    assertThat(input.isEnabled()).isTrue();
    assertThat(page.driver().findElement(By.id("send")).isDisplayed()).isTrue();
    server.answers().resume();
  }

  @Test
  void copyPutsTheAnswerAndItsSourcesOnTheClipboard() {
    page.driver()
        .executeCdpCommand(
            "Browser.grantPermissions",
            Map.of(
                "origin",
                server.url(""),
                "permissions",
                List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    WebElement answer = ask(GROKKING);
    answer.findElement(By.cssSelector(".copy-answer")).click();
    page.waiting()
        .until(
            d -> answer.findElement(By.cssSelector(".action-status")).getText().equals("Copied."));
    Object copied =
        page.driver()
            .executeAsyncScript(
                "const done = arguments[0];"
                    + "navigator.clipboard.readText().then(done, e => done('' + e));");
    assertThat((String) copied)
        .startsWith("In *Neel Nanda on Mechanistic Interpretability*")
        .contains("[1] Neel Nanda on Mechanistic Interpretability · 00:49:26 " + server.url(""));
  }

  @Test
  void episodesPageSearchesByTitlePodcastAndDateAndAsksAboutOne() {
    page.driver().get(server.url("/episodes"));
    page.waitFor(".episode-card");
    assertThat(cards()).hasSize(3);

    page.driver().findElement(By.id("episode-search")).sendKeys("short audio");
    assertThat(cards()).containsExactly("A Short Episode With Audio");
    page.driver().findElement(By.id("episode-search")).clear();
    page.driver().findElement(By.id("episode-search")).sendKeys("inside view");
    assertThat(cards()).containsExactly("Neel Nanda on Mechanistic Interpretability");
    assertThat(page.driver().getCurrentUrl()).endsWith("/episodes?q=inside+view");

    page.driver().get(server.url("/episodes?from=2025-01-01"));
    page.waitFor(".episode-card");
    assertThat(cards()).containsExactly("A Short Episode With Audio");
    assertThat(page.driver().findElement(By.id("episode-count")).getText())
        .isEqualTo("1 of 3 episodes");

    page.driver().findElement(By.cssSelector(".episode-card-actions a")).click();
    page.waiting().until(d -> d.getCurrentUrl().endsWith("/?episode=" + TestCatalog.SHORT));
    page.waiting()
        .until(
            d ->
                TestCatalog.SHORT.equals(
                    d.findElement(By.id("filter-episode")).getAttribute("value")));
    page.driver().findElement(By.id("question")).sendKeys(MIDDLE, Keys.ENTER);
    page.waitFor(".message.answer");
    assertThat(server.answers().received().get(0).episodeId()).isEqualTo(TestCatalog.SHORT);
  }

  @Test
  void chatFiltersSendThePodcastAndDatesTheApiTakes() {
    page.driver().get(server.url("/"));
    page.waitFor(".suggestion");
    page.driver().findElement(By.cssSelector("#filters summary")).click();
    new org.openqa.selenium.support.ui.Select(page.driver().findElement(By.id("filter-podcast")))
        .selectByVisibleText("The Inside View");
    page.script(
        "const f = document.getElementById('filter-from'); f.value = '2023-01-01';"
            + "f.dispatchEvent(new Event('change'));");
    assertThat(page.driver().findElement(By.id("filter-count")).getText()).isEqualTo("(2 on)");
    page.driver().findElement(By.id("question")).sendKeys(GROKKING, Keys.ENTER);
    page.waitFor(".message.answer");

    var question = server.answers().received().get(0);
    assertThat(question.podcast()).isEqualTo("The Inside View");
    assertThat(question.from()).hasToString("2023-01-01");
    assertThat(question.episodeId()).isNull();
  }

  @Test
  void episodePageShowsTheTranscriptWithTheMomentHighlighted() {
    page.driver()
        .get(server.url("/episodes/" + TestCatalog.NEEL + "?t=" + TestCatalog.GROKKING_SECOND));
    WebElement line = page.waitFor("#transcript .line.current");
    assertThat(line.getText()).contains("00:49:26").contains("Neel: So grokking is this wild");
    assertThat(line.getAttribute("aria-current")).isEqualTo("true");
    assertThat(page.driver().findElement(By.cssSelector("#player .no-audio")).getText())
        .startsWith("No audio for this episode.");
  }

  @Test
  void clickingAChapterAnywhereOnItsRowPlaysFromIt() {
    page.driver().get(server.url("/episodes/" + TestCatalog.SHORT));
    WebElement closing = page.waitFor("#chapters .moment:nth-child(3) .moment-title");
    WebElement audio = page.driver().findElement(By.cssSelector("#player audio"));
    page.waiting().until(d -> readyState(audio) >= 1);
    closing.click();

    page.waiting().until(d -> currentTime(audio) >= 8 && currentTime(audio) < 10);
    assertThat(page.driver().getCurrentUrl()).endsWith("?t=8");
    assertThat(page.waitFor(".moment.current").getText()).contains("Closing Thoughts");
  }

  @Test
  void pagesFitA390PixelPhoneInBothThemes() {
    for (String theme : List.of("light", "dark")) {
      page.systemTheme(theme);
      for (int width : List.of(1280, 390)) {
        page.width(width);
        String size = width == 390 ? "phone" : "desktop";
        page.driver().get(server.url("/"));
        page.waitFor(".suggestion");
        page.screenshot("chat-empty-" + size + "-" + theme + ".png");
        WebElement answer = ask(MIDDLE);
        answer.findElement(By.cssSelector(".citation .play")).click();
        page.waitFor(".answer-player audio");
        page.assertNoHorizontalOverflow();
        page.screenshot("chat-answer-" + size + "-" + theme + ".png");
        page.driver().get(server.url("/episodes/" + TestCatalog.NEEL + "?t=2966"));
        page.waitFor("#transcript .line.current");
        page.assertNoHorizontalOverflow();
        page.screenshot("episode-" + size + "-" + theme + ".png");
        page.driver().get(server.url("/episodes"));
        page.waitFor(".episode-card");
        page.assertNoHorizontalOverflow();
        page.screenshot("episodes-" + size + "-" + theme + ".png");
        page.script("window.sessionStorage.clear();");
      }
    }
  }

  @Test
  void axeFindsNoSeriousViolationsOnAnyPageInEitherTheme() {
    for (String theme : List.of("light", "dark")) {
      page.systemTheme(theme);
      page.driver().get(server.url("/"));
      page.waitFor(".suggestion");
      assertThat(page.seriousAccessibilityViolations()).as("chat, " + theme).isEmpty();
      WebElement answer = ask(GROKKING);
      page.script("arguments[0].focus();", answer.findElement(By.cssSelector(".marker")));
      answer.findElement(By.cssSelector(".citation .play")).click();
      page.waitFor(".answer-player .no-audio");
      assertThat(page.seriousAccessibilityViolations()).as("answer, " + theme).isEmpty();
      page.driver().get(server.url("/episodes/" + TestCatalog.NEEL + "?t=2966"));
      page.waitFor("#transcript .line.current");
      assertThat(page.seriousAccessibilityViolations()).as("episode, " + theme).isEmpty();
      page.driver().get(server.url("/episodes"));
      page.waitFor(".episode-card");
      assertThat(page.seriousAccessibilityViolations()).as("episodes, " + theme).isEmpty();
      page.script("window.sessionStorage.clear();");
    }
  }

  @Test
  void keyboardAloneAsksPlaysAndReachesTheSources() {
    page.driver().get(server.url("/"));
    page.waitFor(".suggestion");
    WebElement input = page.driver().switchTo().activeElement();
    assertThat(input.getAttribute("id")).isEqualTo("question");
    input.sendKeys(MIDDLE, Keys.ENTER);
    WebElement answer = page.waitFor(".message.answer");
    page.waiting().until(d -> "question".equals(d.switchTo().activeElement().getAttribute("id")));

    // Shift+Tab walks back from the question box into the answer's controls.
    WebElement play = answer.findElement(By.cssSelector(".play"));
    for (int i = 0; i < 30 && !play.equals(page.driver().switchTo().activeElement()); i++) {
      new Actions(page.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
    }
    assertThat(page.driver().switchTo().activeElement()).isEqualTo(play);
    new Actions(page.driver()).sendKeys(Keys.ENTER).perform();
    WebElement audio = page.waitFor(".answer-player audio");
    page.waiting().until(d -> currentTime(audio) >= 4);
  }

  @Test
  void suggestionsReadAsAListenerWouldAsk() {
    page.driver().get(server.url("/"));
    page.waitFor(".suggestion");
    List<String> suggestions =
        page.driver().findElements(By.cssSelector(".suggestion")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(suggestions)
        .contains("What do they say about grokking and sudden generalization?")
        .noneMatch(s -> s.contains("Sponsors") || s.contains("Introduction"))
        .noneMatch(s -> s.contains("Opening Remarks") || s.contains("Closing Thoughts"));
  }

  private WebElement ask(String question) {
    if (!page.driver().getCurrentUrl().startsWith(server.url("/"))
        || page.driver().getCurrentUrl().contains("/episodes")) {
      page.driver().get(server.url("/"));
    }
    int before = page.driver().findElements(By.cssSelector(".message.answer")).size();
    WebElement input = page.waitFor("#question");
    page.waiting().until(d -> input.isEnabled());
    input.sendKeys(question, Keys.ENTER);
    page.waiting().until(d -> d.findElements(By.cssSelector(".message.answer")).size() > before);
    List<WebElement> answers = page.driver().findElements(By.cssSelector(".message.answer"));
    return answers.get(answers.size() - 1);
  }

  private long readyState(WebElement audio) {
    return ((Number) page.script("return arguments[0].readyState;", audio)).longValue();
  }

  private double currentTime(WebElement audio) {
    return ((Number) page.script("return arguments[0].currentTime;", audio)).doubleValue();
  }

  private List<String> cards() {
    return page.driver().findElements(By.cssSelector(".episode-card-title")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
