package dev.podcastqa.cli;

import dev.podcastqa.feedback.ListenerReport;
import dev.podcastqa.feedback.ListenerReport.CitedChapter;
import dev.podcastqa.feedback.ListenerReport.DownRated;
import dev.podcastqa.feedback.ListenerReport.RefusedQuestion;
import dev.podcastqa.feedback.ListenerReport.Topic;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** Prints a {@link ListenerReport} for a terminal: totals, then one table per part. */
final class ListenerReportPrinter {

  private static final int ANSWER_SHOWN = 200;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private final PrintWriter out;

  ListenerReportPrinter(PrintWriter out) {
    this.out = out;
  }

  void print(ListenerReport report) {
    ListenerReport.Totals totals = report.totals();
    out.printf(
        "What listeners asked %s: %d questions (%d answered, %d refused), thumbs %d up, %d down%n",
        report.since() == null ? "(everything kept)" : "since " + report.since(),
        totals.questions(),
        totals.answered(),
        totals.refused(),
        totals.thumbsUp(),
        totals.thumbsDown());
    topics(report);
    chapters(report);
    refused(report);
    thumbsDown(report);
    out.flush();
  }

  private void topics(ListenerReport report) {
    heading("Most-asked topics (questions grouped by their content words, stemmed)");
    if (report.topics().isEmpty()) {
      none();
      return;
    }
    TextTable table = new TextTable("questions", "topic", "for example");
    for (Topic topic : report.topics()) {
      table.row(
          String.valueOf(topic.questions()),
          topic.term(),
          topic.examples().stream().map(q -> "\"" + q + "\"").collect(Collectors.joining("; ")));
    }
    table.print(out);
  }

  private void chapters(ListenerReport report) {
    heading("Most-cited chapters (answers citing a moment in the chapter)");
    if (report.chapters().isEmpty()) {
      none();
      return;
    }
    TextTable table = new TextTable("answers", "episode", "chapter");
    for (CitedChapter chapter : report.chapters()) {
      table.row(
          String.valueOf(chapter.answers()),
          chapter.episodeTitle(),
          chapter.chapter() == null ? "(no chapter)" : chapter.chapter());
    }
    table.print(out);
  }

  private void refused(ListenerReport report) {
    heading("Refused questions (what the episodes do not cover)");
    if (report.refused().isEmpty()) {
      none();
      return;
    }
    TextTable table = new TextTable("times", "last asked (UTC)", "question");
    for (RefusedQuestion question : report.refused()) {
      table.row(
          String.valueOf(question.times()), DAY.format(question.lastAsked()), question.question());
    }
    table.print(out);
  }

  private void thumbsDown(ListenerReport report) {
    heading("Answers rated down");
    if (report.thumbsDown().isEmpty()) {
      none();
      return;
    }
    for (DownRated rated : report.thumbsDown()) {
      out.printf(
          "- %s  down %d, up %d  %s%n",
          DAY.format(rated.lastRated()), rated.down(), rated.up(), rated.answerId());
      out.printf("  question: %s%n", rated.question());
      out.printf("  answer:   %s%n", shorten(rated.answer()));
      for (String comment : rated.comments()) {
        out.printf("  comment:  %s%n", comment);
      }
    }
  }

  private void heading(String title) {
    out.println();
    out.println(title);
  }

  private void none() {
    out.println("  (none)");
  }

  private static String shorten(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= ANSWER_SHOWN ? line : line.substring(0, ANSWER_SHOWN) + "…";
  }
}
