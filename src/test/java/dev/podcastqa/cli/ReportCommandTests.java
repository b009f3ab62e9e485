package dev.podcastqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Citation;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Transcripts;
import dev.podcastqa.feedback.Channel;
import dev.podcastqa.feedback.FeedbackLog;
import dev.podcastqa.feedback.Rating;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.SteppingClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} over a feedback database written the way {@code serve} writes it. */
class ReportCommandTests {

  @TempDir Path index;

  private final SteppingClock clock = new SteppingClock(); // starts 2025-01-01T00:00Z
  private final ObjectMapper mapper = Json.newMapper();

  @Test
  void printsTotalsTopicsChaptersRefusedQuestionsAndThumbsDownWithComments() {
    keepFeedback();

    Cli.Run run = Cli.run("report", "--index", index.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "What listeners asked (everything kept): 5 questions (2 answered, 3 refused),"
                + " thumbs 0 up, 2 down")
        .containsPattern("(?m)^3 +grokking +\"What is grokking\\?\"")
        .containsPattern("(?m)^2 +Neel Nanda on Mechanistic Interpretability +\\(no chapter\\)$")
        .containsPattern("(?m)^2 +2025-01-03 00:01 +Who won the 1966 World Cup\\?$")
        .containsPattern("(?m)^1 +2025-01-03 00:02 +Is grokking real\\?$")
        .contains("  comment:  It stops mid-sentence.")
        .contains("  question: Why is grokking so sudden?");
  }

  @Test
  void sinceLeavesOutEarlierDaysAndJsonIsTheAdminReport() throws IOException {
    keepFeedback();

    Cli.Run run = Cli.run("report", "--index", index.toString(), "--since", "2025-01-02", "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report = mapper.readTree(run.out());
    assertThat(report.get("since").textValue()).isEqualTo("2025-01-02");
    assertThat(report.get("totals").get("questions").intValue()).isEqualTo(3);
    assertThat(report.get("refused").findValuesAsText("question"))
        .containsExactly("Is grokking real?", "Who won the 1966 World Cup?");
    assertThat(report.get("thumbsDown")).hasSize(1);
  }

  @Test
  void aBadDateOrAMissingDatabaseIsAOneLineError() {
    Cli.Run badDate = Cli.run("report", "--index", index.toString(), "--since", "notadate");
    Cli.Run missing = Cli.run("report", "--index", index.resolve("nowhere").toString());

    assertThat(badDate.exitCode()).isEqualTo(Failures.USAGE);
    assertThat(badDate.errLines())
        .containsExactly("error: --since: 'notadate' is not a date (use YYYY-MM-DD)");
    assertThat(missing.exitCode()).isEqualTo(Failures.USAGE);
    assertThat(missing.errLines())
        .singleElement()
        .satisfies(line -> assertThat(line).startsWith("error: no feedback database at "));
  }

  @Test
  void aSinceOutsideYears0001To9999IsTheSameOneLineError() {
    keepFeedback();

    Cli.Run far = Cli.run("report", "--index", index.toString(), "--since", "+999999999-12-31");
    Cli.Run first = Cli.run("report", "--index", index.toString(), "--since", "0001-01-01");

    assertThat(far.exitCode()).isEqualTo(Failures.USAGE);
    assertThat(far.errLines())
        .containsExactly(
            "error: --since: '+999999999-12-31' is not a date from year 0001 to 9999"
                + " (use YYYY-MM-DD)");
    assertThat(first.exitCode()).as(first.err()).isZero();
  }

  /** Five questions over three days, two of them rated down. */
  private void keepFeedback() {
    try (FeedbackLog log =
        FeedbackLog.open(
            index.resolve("feedback.db"),
            Duration.ofDays(3650),
            new Catalog(List.of(), Transcripts.NONE),
            clock)) {
      String first = log.record(Channel.WEB, "What is grokking?", answered());
      log.rate(first, Rating.DOWN, "It stops mid-sentence.", Channel.WEB, true);
      log.record(Channel.DISCORD, "Who won the 1966 World Cup", refusal());
      clock.advance(Duration.ofDays(2));
      String third = log.record(Channel.DISCORD, "Why is grokking so sudden?", answered());
      log.rate(third, Rating.DOWN, null, Channel.DISCORD, false);
      clock.advance(Duration.ofMinutes(1));
      log.record(Channel.WEB, "Who won the 1966 World Cup?", refusal());
      clock.advance(Duration.ofMinutes(1));
      log.record(Channel.WEB, "Is grokking real?", refusal());
    }
  }

  private static Answer answered() {
    return new Answer(
        "Grokking is sudden generalization [1].",
        true,
        Answer.Mode.EXTRACTIVE,
        "c-1",
        List.of(
            new Citation(
                1,
                "neel-nanda",
                "Neel Nanda on Mechanistic Interpretability",
                "The Inside View",
                2966,
                "00:49:26",
                null,
                "https://example.org/a.mp3#t=2966",
                "/episodes/neel-nanda?t=2966",
                "Grokking is when a model suddenly generalizes.")),
        null);
  }

  private static Answer refusal() {
    return new Answer(
        "Not found in the episodes.", false, Answer.Mode.EXTRACTIVE, "c-2", List.of(), null);
  }
}
