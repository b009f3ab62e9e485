package dev.podcastqa.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Citation;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Transcripts;
import dev.podcastqa.testing.LogCapture;
import dev.podcastqa.testing.SteppingClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recording questions, answers and thumbs in a real SQLite file, and reading the report back. */
class FeedbackLogTests {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Duration RETENTION = Duration.ofDays(90);
  private static final String EPISODE = "neel-nanda-mechanistic-interpretability";

  @TempDir Path dir;

  private final SteppingClock clock = new SteppingClock();
  private final Catalog catalog =
      new Catalog(
          List.of(
              new Episode(
                  EPISODE,
                  "Neel Nanda on Mechanistic Interpretability",
                  "The Inside View",
                  LocalDate.parse("2023-06-18"),
                  null,
                  null,
                  List.of(new Chapter(0, "Intro"), new Chapter(2900, "Grokking")),
                  List.of(),
                  "",
                  List.of())),
          Transcripts.NONE);

  @Test
  void answersAndThumbsAreKeptAcrossReopeningAndShowInTheReport() {
    Path file = dir.resolve("feedback.db");
    String grokking;
    try (FeedbackLog log = open(file)) {
      grokking = log.record(Channel.WEB, "What is grokking?", answered(2966));
      log.record(Channel.DISCORD, "When does grokking happen?", answered(3010));
      log.record(Channel.DISCORD, "Why is grokking so sudden?", answered(2990));
      String refused = log.record(Channel.WEB, "What does Neel eat for breakfast?", refusal());
      log.record(Channel.WEB, "what does Neel eat for breakfast", refusal());
      log.rate(grokking, Rating.DOWN, "The quote stops mid-sentence.", Channel.WEB, true);
      log.rate(refused, Rating.UP, null, Channel.WEB, true);
    }

    try (FeedbackLog log = open(file)) {
      ListenerReport report = log.report(null);

      assertThat(report.totals()).isEqualTo(new ListenerReport.Totals(5, 3, 2, 1, 1));
      assertThat(report.topics().get(0).term()).isEqualTo("grokking");
      assertThat(report.topics().get(0).questions()).isEqualTo(3);
      assertThat(report.topics().get(0).examples())
          .containsExactly(
              "What is grokking?", "When does grokking happen?", "Why is grokking so sudden?");
      // "eat" and "breakfast" come next, from the refused question asked twice; "does" and
      // "what" are left out as words every question uses.
      assertThat(report.topics().subList(1, 4))
          .extracting(ListenerReport.Topic::term)
          .containsExactly("breakfast", "eat", "neel");
      assertThat(report.chapters())
          .containsExactly(
              new ListenerReport.CitedChapter(
                  EPISODE, "Neel Nanda on Mechanistic Interpretability", "Grokking", 3));
      assertThat(report.refused()).hasSize(1);
      assertThat(report.refused().get(0).times()).isEqualTo(2);
      assertThat(report.thumbsDown()).hasSize(1);
      ListenerReport.DownRated down = report.thumbsDown().get(0);
      assertThat(down.answerId()).isEqualTo(grokking);
      assertThat(down.question()).isEqualTo("What is grokking?");
      assertThat(down.comments()).containsExactly("The quote stops mid-sentence.");
    }
  }

  @Test
  void aWebThumbReplacesTheEarlierOneAndDiscordThumbsAddUp() {
    try (FeedbackLog log = open(dir.resolve("feedback.db"))) {
      String web = log.record(Channel.WEB, "What is grokking?", answered(2966));
      log.rate(web, Rating.DOWN, "wrong", Channel.WEB, true);
      log.rate(web, Rating.UP, null, Channel.WEB, true);
      String discord = log.record(Channel.DISCORD, "What is grokking?", answered(2966));
      log.rate(discord, Rating.DOWN, null, Channel.DISCORD, false);
      log.rate(discord, Rating.DOWN, null, Channel.DISCORD, false);
      assertThat(log.flush(WAIT)).isTrue();

      ListenerReport report = log.report(null);

      assertThat(report.totals().thumbsUp()).isEqualTo(1);
      assertThat(report.totals().thumbsDown()).isEqualTo(2);
      assertThat(report.thumbsDown())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.answerId()).isEqualTo(discord);
                assertThat(d.down()).isEqualTo(2);
              });
    }
  }

  @Test
  void rowsOlderThanTheRetentionAreDeletedAtStart() {
    Path file = dir.resolve("feedback.db");
    try (FeedbackLog log = open(file)) {
      String old = log.record(Channel.WEB, "What is grokking?", answered(2966));
      log.rate(old, Rating.DOWN, "old", Channel.WEB, true);
      clock.advance(Duration.ofDays(10));
      log.record(Channel.WEB, "What is superposition?", refusal());
    }
    clock.advance(RETENTION.minusDays(5));

    try (FeedbackLog log = open(file)) {
      assertThat(log.flush(WAIT)).isTrue();
      ListenerReport report = log.report(null);

      assertThat(report.totals()).isEqualTo(new ListenerReport.Totals(1, 0, 1, 0, 0));
      assertThat(report.refused().get(0).question()).isEqualTo("What is superposition?");
      assertThat(report.chapters()).isEmpty();
    }
  }

  @Test
  void theReportSinceADayLeavesEarlierQuestionsOut() {
    try (FeedbackLog log = open(dir.resolve("feedback.db"))) {
      log.record(Channel.WEB, "What is grokking?", answered(2966));
      clock.advance(Duration.ofDays(3));
      log.record(Channel.WEB, "What is superposition?", refusal());
      assertThat(log.flush(WAIT)).isTrue();

      ListenerReport report = log.report(LocalDate.parse("2025-01-02"));

      assertThat(report.totals().questions()).isEqualTo(1);
      assertThat(report.topics())
          .extracting(ListenerReport.Topic::term)
          .containsExactly("superposition");
    }
  }

  @Test
  void thumbsOnUnknownAnswersOrWithLongCommentsAreRefused() {
    try (FeedbackLog log = open(dir.resolve("feedback.db"))) {
      String id = log.record(Channel.WEB, "What is grokking?", answered(2966));

      assertThatThrownBy(
              () -> log.rate("a-00000000000000000000", Rating.UP, null, Channel.WEB, true))
          .isInstanceOf(UnknownAnswerException.class);
      assertThatThrownBy(
              () -> log.rate("'; DROP TABLE answers", Rating.UP, null, Channel.WEB, true))
          .isInstanceOf(UnknownAnswerException.class);
      String tooLong = "x".repeat(Thumb.MAX_COMMENT_LENGTH + 1);
      assertThatThrownBy(() -> log.rate(id, Rating.DOWN, tooLong, Channel.WEB, true))
          .isInstanceOf(InvalidFeedbackException.class)
          .hasMessageContaining("limit is " + Thumb.MAX_COMMENT_LENGTH);
    }
  }

  @Test
  void anAnswerRecordedBeforeARestartCanStillBeRated() {
    Path file = dir.resolve("feedback.db");
    String id;
    try (FeedbackLog log = open(file)) {
      id = log.record(Channel.WEB, "What is grokking?", answered(2966));
    }
    try (FeedbackLog log = open(file)) {
      log.rate(id, Rating.DOWN, "later", Channel.WEB, true);
      assertThat(log.flush(WAIT)).isTrue();

      assertThat(log.report(null).thumbsDown())
          .extracting(ListenerReport.DownRated::answerId)
          .containsExactly(id);
    }
  }

  @Test
  void aDatabaseThatFailsIsOneLogLineAndAnswersStillGetIds() throws SQLException {
    Path file = dir.resolve("feedback.db");
    try (LogCapture logs = LogCapture.silencing(FeedbackLog.class);
        FeedbackLog log = open(file)) {
      assertThat(log.flush(WAIT)).isTrue();
      try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement statement = other.createStatement()) {
        statement.execute("DROP TABLE citations");
        statement.execute("DROP TABLE thumbs");
        statement.execute("DROP TABLE answers");
      }

      String first = log.record(Channel.WEB, "What is grokking?", answered(2966));
      String second = log.record(Channel.WEB, "What is superposition?", refusal());
      log.rate(first, Rating.UP, null, Channel.WEB, true);
      assertThat(log.flush(WAIT)).isTrue();

      assertThat(first).isNotEqualTo(second).matches("a-[0-9a-f]{20}");
      assertThat(logs.lines(Level.WARN))
          .singleElement()
          .asString()
          .startsWith("WARN FeedbackLog: Feedback not kept: cannot record");
      assertThat(logs.withStackTraces()).isEmpty();
    }
  }

  @Test
  void aDatabaseThatCannotBeOpenedIsOneLogLineAndThumbsStillWork() throws Exception {
    Path notAFolder = dir.resolve("file");
    java.nio.file.Files.writeString(notAFolder, "a file, not a folder");
    try (LogCapture logs = LogCapture.silencing(FeedbackLog.class);
        FeedbackLog log = open(notAFolder.resolve("feedback.db"))) {
      String id = log.record(Channel.WEB, "What is grokking?", answered(2966));
      log.rate(id, Rating.UP, null, Channel.WEB, true);

      assertThat(logs.lines(Level.WARN))
          .singleElement()
          .asString()
          .startsWith("WARN FeedbackLog: Feedback is not kept: cannot create");
      assertThat(logs.withStackTraces()).isEmpty();
      assertThatThrownBy(() -> log.report(null)).isInstanceOf(FeedbackStoreException.class);
    }
  }

  private FeedbackLog open(Path file) {
    return FeedbackLog.open(file, RETENTION, catalog, clock);
  }

  private static Answer answered(int second) {
    Citation citation =
        new Citation(
            1,
            EPISODE,
            "Neel Nanda on Mechanistic Interpretability",
            "The Inside View",
            second,
            String.format("%02d:%02d:%02d", second / 3600, second / 60 % 60, second % 60),
            "Neel Nanda",
            "https://example.org/a.mp3#t=" + second,
            "/episodes/" + EPISODE + "?t=" + second,
            "Grokking is when a model suddenly generalizes.");
    return new Answer(
        "Grokking is sudden generalization [1].",
        true,
        Answer.Mode.EXTRACTIVE,
        "c-1",
        List.of(citation),
        null);
  }

  private static Answer refusal() {
    return new Answer(
        "Not found in the episodes.", false, Answer.Mode.EXTRACTIVE, "c-2", List.of(), null);
  }
}
