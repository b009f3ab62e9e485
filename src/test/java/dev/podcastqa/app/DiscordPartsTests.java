package dev.podcastqa.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.AnswerStream;
import dev.podcastqa.answer.Question;
import dev.podcastqa.config.ConfigException;
import dev.podcastqa.config.Setting;
import dev.podcastqa.discord.DiscordBot;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Transcripts;
import dev.podcastqa.feedback.FeedbackLog;
import dev.podcastqa.retry.Sleeper;
import dev.podcastqa.testing.DiscordSigner;
import dev.podcastqa.testing.TestConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The composition root builds a Discord bot only when a Discord setting turns a part of it on. */
class DiscordPartsTests {

  private static final String WEBHOOK = "https://discord.com/api/webhooks/111/webhook-token";

  private static final AnswerService NO_ANSWERS =
      new AnswerService() {
        @Override
        public Answer answer(Question question, AnswerStream stream) {
          throw new AssertionError("nothing is answered while wiring");
        }

        @Override
        public Answer.Mode mode() {
          return Answer.Mode.EXTRACTIVE;
        }
      };

  @Test
  void noBotWhenNeitherThePublicKeyNorTheWebhookIsSet() {
    assertThat(bot(Map.of())).isEmpty();
  }

  @Test
  void webhookAloneTurnsSharingOnAndLeavesInteractionsOff() {
    DiscordBot bot = bot(Map.of(Setting.DISCORD_WEBHOOK_URL, WEBHOOK)).orElseThrow();

    assertThat(bot.sharingOn()).isTrue();
    assertThat(bot.interactionsOn()).isFalse();
  }

  @Test
  void publicKeyAloneTurnsInteractionsOnAndLeavesSharingOff() {
    String key = DiscordSigner.generate().publicKeyHex();
    DiscordBot bot = bot(Map.of(Setting.DISCORD_PUBLIC_KEY, key)).orElseThrow();

    assertThat(bot.interactionsOn()).isTrue();
    assertThat(bot.sharingOn()).isFalse();
    bot.close();
  }

  @Test
  void unusableWebhookNamesTheSettingWithoutRepeatingTheUrl() {
    assertThatThrownBy(() -> bot(Map.of(Setting.DISCORD_WEBHOOK_URL, "ftp://x/secret-token")))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("PODCASTQA_DISCORD_WEBHOOK_URL=(hidden): ")
        .hasMessageNotContaining("secret-token");
  }

  private static Optional<DiscordBot> bot(Map<Setting, String> settings) {
    Application app = new Application(TestConfig.of(Path.of("none"), Path.of("none"), settings));
    return app.discord(
        NO_ANSWERS, new Catalog(List.of(), Transcripts.NONE), Sleeper.REAL, FeedbackLog.notKept());
  }
}
