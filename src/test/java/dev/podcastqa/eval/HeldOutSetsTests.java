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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The held-out sets of shows no tuning has seen ({@code data/eval/unseen}, {@code
 * data/eval/probe-37a}, {@code data/eval/probe-37b}) fit their corpora as the project reads them:
 * every episode has a transcript (a line with a wrong time may be reported), every question names
 * an episode there, and every expected second starts one of its episode's segments. A reader that
 * loses a file's times, or a typo in a set, fails here rather than as a silent drop in the figures.
 */
class HeldOutSetsTests {

  private static final Fetcher OFFLINE =
      url -> {
        throw new SourceException(url, 0, "this test reads no URLs");
      };

  @ParameterizedTest
  @ValueSource(strings = {"data/eval/unseen", "data/eval/probe-37a", "data/eval/probe-37b"})
  void everyQuestionPointsAtTheStartOfASegmentOfAnEpisodeOfItsCorpus(String folder) {
    Corpus corpus =
        Ingester.reading(OFFLINE, Json.newMapper()).ingest(List.of(folder + "/episodes"));
    Map<String, Episode> byId =
        corpus.episodes().stream().collect(Collectors.toMap(Episode::id, Function.identity()));
    List<EvalQuestion> questions =
        EvalSet.read(Path.of(folder, "holdout.json"), Json.newMapper()).questions();

    assertThat(corpus.episodes())
        .allSatisfy(e -> assertThat(corpus.transcripts().of(e.id())).as(e.id()).isNotEmpty());
    assertThat(questions.stream().flatMap(q -> q.episodes().stream()))
        .isNotEmpty()
        .allSatisfy(id -> assertThat(byId).containsKey(id));
    assertThat(questions.stream().filter(EvalQuestion::answerable))
        .allSatisfy(
            q -> {
              List<Segment> transcript = corpus.transcripts().of(q.episodes().get(0));
              assertThat(transcript)
                  .as("%s: a segment starting at second %d", q.question(), q.second())
                  .anySatisfy(s -> assertThat((int) s.startSeconds()).isEqualTo(q.second()));
            });
  }
}
