package dev.podcastqa.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What listeners asked over a period: how many questions and thumbs, the most-asked topics (by
 * content word) and most-cited chapters, the questions the episodes could not answer and the
 * answers rated down, with their comments.
 *
 * @param since the first day counted (UTC), or null for everything kept
 */
public record ListenerReport(
    LocalDate since,
    Totals totals,
    List<Topic> topics,
    List<CitedChapter> chapters,
    List<RefusedQuestion> refused,
    List<DownRated> thumbsDown) {

  public ListenerReport {
    Objects.requireNonNull(totals, "totals");
    topics = List.copyOf(topics);
    chapters = List.copyOf(chapters);
    refused = List.copyOf(refused);
    thumbsDown = List.copyOf(thumbsDown);
  }

  /** Counts over the period. */
  public record Totals(int questions, int answered, int refused, int thumbsUp, int thumbsDown) {}

  /**
   * A content word (stemmed, shown in its commonest written form) and how many questions used it,
   * with a few of them.
   */
  public record Topic(String term, int questions, List<String> examples) {
    public Topic {
      Objects.requireNonNull(term, "term");
      examples = List.copyOf(examples);
    }
  }

  /**
   * A chapter of an episode and how many answers cited a moment in it.
   *
   * @param chapter null for moments outside any chapter, or the episode as a whole
   */
  public record CitedChapter(String episodeId, String episodeTitle, String chapter, int answers) {
    public CitedChapter {
      Objects.requireNonNull(episodeId, "episodeId");
      Objects.requireNonNull(episodeTitle, "episodeTitle");
    }
  }

  /** A question the episodes could not answer, how often it was asked and when last. */
  public record RefusedQuestion(String question, int times, Instant lastAsked) {
    public RefusedQuestion {
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(lastAsked, "lastAsked");
    }
  }

  /** An answer rated down: the question, the answer, its thumbs and the comments given. */
  public record DownRated(
      String answerId,
      String question,
      String answer,
      int down,
      int up,
      List<String> comments,
      Instant lastRated) {
    public DownRated {
      Objects.requireNonNull(answerId, "answerId");
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(answer, "answer");
      comments = List.copyOf(comments);
      Objects.requireNonNull(lastRated, "lastRated");
    }
  }
}
