package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.testing.DiscordSigner;
import dev.podcastqa.testing.FakeDiscord;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** "Share to Discord" in the web chat, in headless Chromium, with sharing on and off. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordShareBrowserTests {

  private Path profile;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  void start() throws IOException {
    profile = Files.createTempDirectory("podcastqa-chromium-");
    browser = Chromium.start(profile);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  @AfterAll
  void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  // One server at a time: test servers share one index folder, which only one may open.

  @Test
  void shareButtonPostsTheServicesAnswerToTheChannelWebhook() {
    try (FakeDiscord discord = FakeDiscord.start();
        TestServer sharing = sharingServer(discord)) {
      shareAndCheck(sharing, discord);
    }
  }

  private void shareAndCheck(TestServer sharing, FakeDiscord discord) {
    browser.get(sharing.url("/"));
    browser.findElement(By.id("question")).sendKeys("What is grokking?", Keys.ENTER);

    WebElement answer = waitFor(".message.answer");
    WebElement share = wait.until(d -> answer.findElement(By.cssSelector(".share-discord")));
    assertThat(share.getText()).isEqualTo("Share to Discord");
    share.click();

    WebElement status = answer.findElement(By.cssSelector(".share-status"));
    wait.until(d -> status.getText().equals("Shared to Discord."));
    FakeDiscord.Request post = discord.take();
    assertThat(post.path()).isEqualTo("/api/webhooks/111/webhook-token");
    assertThat(post.json().get("embeds").get(0).get("description").textValue())
        .contains("?t=2966)");
  }

  @Test
  void noShareButtonWithoutAWebhook() {
    try (TestServer notSharing = TestServer.start()) {
      browser.get(notSharing.url("/"));
      browser.findElement(By.id("question")).sendKeys("What is grokking?", Keys.ENTER);
      WebElement answered = waitFor(".message.answer");
      wait.until(d -> answered.findElements(By.cssSelector(".share")).isEmpty());
      assertThat(answered.findElements(By.cssSelector(".share-discord"))).isEmpty();
    }
  }

  @Test
  void noShareButtonForAQuestionTheEpisodesDoNotAnswer() {
    try (FakeDiscord discord = FakeDiscord.start();
        TestServer sharing = sharingServer(discord)) {
      browser.get(sharing.url("/"));
      browser.findElement(By.id("question")).sendKeys("Who won the 1966 World Cup?", Keys.ENTER);
      WebElement unanswered = waitFor(".message.answer.unanswered");
      assertThat(unanswered.findElements(By.cssSelector(".share"))).isEmpty();
    }
  }

  private static TestServer sharingServer(FakeDiscord discord) {
    return TestServer.startWithDiscord(discord, DiscordSigner.generate().publicKeyHex());
  }

  private WebElement waitFor(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }
}
