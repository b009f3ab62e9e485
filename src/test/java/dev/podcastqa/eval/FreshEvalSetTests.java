package dev.podcastqa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.ingest.Ingester;
import dev.podcastqa.ingest.source.Fetcher;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.json.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fresh held-out set ({@code data/eval/fresh}) fits its corpus: every episode file ingests,
 * every question names an episode that exists, and every expected second is the start of one of
 * that episode's transcript segments, so a typo in a second or an id cannot go unnoticed.
 */
class FreshEvalSetTests {

  private static final Path EPISODES = Path.of("data/eval/fresh/episodes");
  private static final Path SET = Path.of("data/eval/fresh/holdout.json");

  private static final Fetcher OFFLINE =
      url -> {
        throw new SourceException(url, 0, "this test reads no URLs");
      };

  private static Corpus corpus;
  private static Map<String, Episode> byId;
  private static List<EvalQuestion> questions;

  @BeforeAll
  static void ingestTheFreshCorpus() {
    Ingester ingester = Ingester.reading(OFFLINE, Json.newMapper());
    corpus = ingester.ingest(List.of(EPISODES.toString()));
    byId = corpus.episodes().stream().collect(Collectors.toMap(Episode::id, Function.identity()));
    questions = EvalSet.read(SET, Json.newMapper()).questions();
  }

  @Test
  void everyFreshEpisodeIngestsWithATranscriptAndNoProblem() {
    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.episodes()).hasSize(7);
    assertThat(corpus.episodes())
        .allSatisfy(e -> assertThat(corpus.transcripts().of(e.id())).isNotEmpty());
    assertThat(corpus.episodes().stream().map(Episode::podcast).distinct()).hasSize(6);
  }

  @Test
  void setHasTheAgreedShapeOfAnswerableNearMissAndOffTopicQuestions() {
    assertThat(questions.stream().filter(EvalQuestion::answerable)).hasSizeGreaterThanOrEqualTo(70);
    assertThat(questions.stream().filter(q -> "near-miss".equals(q.kind())))
        .hasSizeGreaterThanOrEqualTo(30)
        .allSatisfy(q -> assertThat(q.answerable()).isFalse());
    assertThat(questions.stream().filter(q -> "off-topic".equals(q.kind())))
        .isNotEmpty()
        .allSatisfy(q -> assertThat(q.episodes()).isEmpty());
    assertThat(questions.stream().map(EvalQuestion::question).distinct()).hasSameSizeAs(questions);
  }

  @Test
  void everyQuestionNamesAnEpisodeOfTheFreshCorpus() {
    assertThat(questions.stream().flatMap(q -> q.episodes().stream()))
        .isNotEmpty()
        .allSatisfy(id -> assertThat(byId).containsKey(id));
    assertThat(questions.stream().filter(q -> "near-miss".equals(q.kind())))
        .allSatisfy(q -> assertThat(q.episodes()).hasSize(1));
  }

  @Test
  void everyExpectedSecondIsTheStartOfASegmentOfItsEpisode() {
    List<EvalQuestion> answerable = questions.stream().filter(EvalQuestion::answerable).toList();

    assertThat(answerable)
        .allSatisfy(
            q -> {
              assertThat(q.second()).as(q.question()).isNotNull();
              assertThat(q.toleranceSeconds()).as(q.question()).isEqualTo(60);
              Episode episode = byId.get(q.episodes().get(0));
              assertThat(episode).as("episode of %s", q.question()).isNotNull();
              List<Segment> transcript = corpus.transcripts().of(episode.id());
              double last = transcript.get(transcript.size() - 1).endSeconds();
              assertThat((double) q.second()).as(q.question()).isBetween(0.0, last);
              assertThat(transcript)
                  .as("%s: a segment starting at second %d", q.question(), q.second())
                  .anySatisfy(s -> assertThat((int) s.startSeconds()).isEqualTo(q.second()));
            });
  }
}
