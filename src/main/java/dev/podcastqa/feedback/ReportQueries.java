package dev.podcastqa.feedback;

import dev.podcastqa.feedback.ListenerReport.CitedChapter;
import dev.podcastqa.feedback.ListenerReport.DownRated;
import dev.podcastqa.feedback.ListenerReport.RefusedQuestion;
import dev.podcastqa.feedback.ListenerReport.Totals;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a {@link ListenerReport} out of the feedback database. */
final class ReportQueries {

  static final int CHAPTERS = 10;
  static final int REFUSED = 50;
  static final int THUMBS_DOWN = 50;

  private final FeedbackDatabase database;

  ReportQueries(FeedbackDatabase database) {
    this.database = database;
  }

  ListenerReport report(LocalDate since) {
    long from =
        since == null
            ? Long.MIN_VALUE
            : since.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    List<Object[]> questions =
        database.select("SELECT question, answered FROM answers WHERE asked_at >= ?", from);
    int answered = (int) questions.stream().filter(row -> number(row[1]) == 1).count();
    int up = 0;
    int down = 0;
    for (Object[] row :
        database.select(
            "SELECT rating, COUNT(*) FROM thumbs WHERE rated_at >= ? GROUP BY rating", from)) {
      if (Rating.UP.wire().equals(row[0])) {
        up = (int) number(row[1]);
      } else {
        down = (int) number(row[1]);
      }
    }
    Totals totals = new Totals(questions.size(), answered, questions.size() - answered, up, down);
    Topics topics = new Topics();
    return new ListenerReport(
        since,
        totals,
        topics.mostAsked(questions.stream().map(row -> (String) row[0]).toList()),
        chapters(from),
        refused(from),
        thumbsDown(from));
  }

  private List<CitedChapter> chapters(long from) {
    List<CitedChapter> chapters = new ArrayList<>();
    for (Object[] row :
        database.select(
            "SELECT c.episode_id, MAX(c.episode_title), c.chapter,"
                + " COUNT(DISTINCT c.answer_id) AS cited"
                + " FROM citations c JOIN answers a ON a.id = c.answer_id"
                + " WHERE a.asked_at >= ? GROUP BY c.episode_id, c.chapter"
                + " ORDER BY cited DESC, c.episode_id, c.chapter LIMIT ?",
            from,
            CHAPTERS)) {
      chapters.add(
          new CitedChapter(
              (String) row[0], (String) row[1], (String) row[2], (int) number(row[3])));
    }
    return chapters;
  }

  /** Refused questions, the same question (ignoring case, spaces and end marks) counted once. */
  private List<RefusedQuestion> refused(long from) {
    Map<String, RefusedQuestion> byText = new LinkedHashMap<>();
    for (Object[] row :
        database.select(
            "SELECT question, asked_at FROM answers WHERE answered = 0 AND asked_at >= ?"
                + " ORDER BY asked_at DESC",
            from)) {
      String question = (String) row[0];
      Instant asked = Instant.ofEpochMilli(number(row[1]));
      byText.merge(
          sameQuestion(question),
          new RefusedQuestion(question, 1, asked),
          (latest, older) ->
              new RefusedQuestion(latest.question(), latest.times() + 1, latest.lastAsked()));
    }
    return byText.values().stream()
        .sorted(
            Comparator.comparingInt(RefusedQuestion::times)
                .reversed()
                .thenComparing(RefusedQuestion::lastAsked, Comparator.reverseOrder()))
        .limit(REFUSED)
        .toList();
  }

  private List<DownRated> thumbsDown(long from) {
    Map<String, DownRated> byAnswer = new LinkedHashMap<>();
    for (Object[] row :
        database.select(
            "SELECT a.id, a.question, a.answer, t.rating, t.comment, t.rated_at"
                + " FROM thumbs t JOIN answers a ON a.id = t.answer_id"
                + " WHERE t.rated_at >= ? AND a.id IN"
                + " (SELECT answer_id FROM thumbs WHERE rating = 'down' AND rated_at >= ?)"
                + " ORDER BY t.rated_at",
            from,
            from)) {
      String id = (String) row[0];
      boolean isDown = Rating.DOWN.wire().equals(row[3]);
      String comment = (String) row[4];
      Instant rated = Instant.ofEpochMilli(number(row[5]));
      DownRated before =
          byAnswer.getOrDefault(
              id, new DownRated(id, (String) row[1], (String) row[2], 0, 0, List.of(), rated));
      List<String> comments = new ArrayList<>(before.comments());
      if (comment != null) {
        comments.add(comment);
      }
      byAnswer.put(
          id,
          new DownRated(
              id,
              before.question(),
              before.answer(),
              before.down() + (isDown ? 1 : 0),
              before.up() + (isDown ? 0 : 1),
              comments,
              rated));
    }
    return byAnswer.values().stream()
        .sorted(Comparator.comparing(DownRated::lastRated).reversed())
        .limit(THUMBS_DOWN)
        .toList();
  }

  private static String sameQuestion(String question) {
    return question
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .replaceAll("[\\s?!.]+$", "")
        .strip();
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
