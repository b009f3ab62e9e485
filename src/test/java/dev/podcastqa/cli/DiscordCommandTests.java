package dev.podcastqa.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.config.Setting;
import dev.podcastqa.testing.FakeDiscord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code discord register} and {@code ask --discord-webhook} run in-process, as from the jar,
 * against a loopback stand-in for Discord's API. Settings come from a properties file; the tests
 * are skipped if PODCASTQA_* variables in the environment would override it.
 */
class DiscordCommandTests {

  private static final String CORPUS = "src/test/resources/web/corpus";
  private static final String INDEX = "target/test-index/cli";

  @TempDir Path folder;

  private final FakeDiscord discord = FakeDiscord.start();
  private Path config;

  @BeforeEach
  void writeConfig() throws IOException {
    assumeTrue(
        Arrays.stream(Setting.values())
            .filter(s -> s.name().startsWith("DISCORD_") || s == Setting.PUBLIC_URL)
            .allMatch(setting -> System.getenv(setting.env()) == null),
        "PODCASTQA_DISCORD_* or PODCASTQA_PUBLIC_URL in the environment would override the"
            + " test's settings");
    config = folder.resolve("podcastqa.properties");
    Files.writeString(
        config,
        String.join(
            "\n",
            "discord.app.id=123456",
            "discord.bot.token=bot-token",
            "discord.api.base=" + discord.apiBase(),
            "public.url=https://podcasts.example",
            ""));
  }

  @AfterEach
  void stop() {
    discord.close();
  }

  @Test
  void registerTwiceSendsTheSameOverwriteSoOneAskRemains() {
    Run first = run("discord", "register", "--config", config.toString());
    Run second = run("discord", "register", "--config", config.toString());

    assertThat(first.exit).isZero();
    assertThat(first.out).contains("Registered /ask for application 123456 globally.");
    assertThat(second.out).isEqualTo(first.out);
    List<FakeDiscord.Request> puts = discord.received();
    assertThat(puts).hasSize(2).allMatch(put -> put.method().equals("PUT"));
    assertThat(puts.get(0).path()).isEqualTo("/api/v10/applications/123456/commands");
    assertThat(puts.get(1).json()).isEqualTo(puts.get(0).json());
    assertThat(puts.get(0).json()).hasSize(1);
    assertThat(puts.get(0).header("Authorization")).isEqualTo("Bot bot-token");
  }

  @Test
  void registerWithAGuildRegistersInThatServerOnly() {
    Run run = run("discord", "register", "--guild", "987", "--config", config.toString());

    assertThat(run.exit).isZero();
    assertThat(run.out).contains("in server 987");
    assertThat(discord.take().path()).isEqualTo("/api/v10/applications/123456/guilds/987/commands");
  }

  @Test
  void registerWithoutTheApplicationSettingsSaysWhatToSet() throws IOException {
    Files.writeString(config, "discord.api.base=" + discord.apiBase() + "\n");

    Run run = run("discord", "register", "--config", config.toString());

    assertThat(run.exit).isEqualTo(Failures.USAGE);
    assertThat(run.err).contains("error: set PODCASTQA_DISCORD_APP_ID");
    assertThat(discord.received()).isEmpty();
  }

  @Test
  void askPostsTheAnswerItPrintedToTheWebhook() {
    Run run = ask("--discord-webhook", discord.webhookUrl());

    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.err).contains("Posted the answer to the Discord webhook.");
    FakeDiscord.Request post = discord.take();
    assertThat(post.path()).isEqualTo("/api/webhooks/111/webhook-token");
    assertThat(post.query()).isEqualTo("wait=true");
    JsonNode message = post.json();
    assertThat(message.get("content").textValue()).startsWith("> What is grokking?\n");
    assertThat(message.get("allowed_mentions").get("parse")).isEmpty();
    assertThat(message.get("embeds").get(0).get("description").textValue())
        .contains("](https://podcasts.example/episodes/neel-nanda-on-mechanistic-interpretability");
    String firstLine = run.out.lines().findFirst().orElseThrow();
    // Discord gets the same words, with Markdown characters escaped so they show as written.
    String unescaped = message.get("content").textValue().replaceAll("\\\\([*_~`|>\\\\])", "$1");
    assertThat(unescaped).contains(firstLine.substring(0, 20));
  }

  @Test
  void askToADeletedWebhookPrintsAnErrorLineAndFails() {
    discord.enqueue(404, "{\"message\": \"Unknown Webhook\", \"code\": 10015}", Map.of());

    Run run = ask("--discord-webhook", discord.webhookUrl());

    assertThat(run.exit).isEqualTo(Failures.FAILED);
    assertThat(run.err).contains("error: Discord webhook deleted").doesNotContain("\tat ");
  }

  @Test
  void askWithAWebhookThatIsNotAUrlFailsBeforeAnswering() {
    Run run = ask("--discord-webhook", "ftp://example.com/hook");

    assertThat(run.exit).isEqualTo(Failures.USAGE);
    assertThat(run.err).contains("error: --discord-webhook must be an https:// webhook URL");
    assertThat(run.out).isEmpty();
  }

  private Run ask(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of("ask", "--config", config.toString(), "--episodes", CORPUS, "--index", INDEX));
    args.addAll(List.of(more));
    args.add("What is grokking?");
    return run(args.toArray(String[]::new));
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private record Run(int exit, String out, String err) {}
}
