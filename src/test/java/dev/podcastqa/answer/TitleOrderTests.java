package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.retrieve.Passage;
import dev.podcastqa.retrieve.QueryTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TitleOrderTests {

  private final QueryTerms terms = new QueryTerms();

  @AfterEach
  void close() {
    terms.close();
  }

  @Test
  void theTitleSayingMoreOfTheQuestionLeadsTheOneTheSearchesPutFirst() {
    List<Quote> chosen =
        chosen(
            title("goodfire", 6232, "Applications of Interpretability Techniques"),
            title("goodfire", 2503, "Competing Approaches and Techniques"));

    TitleOrder.lead(
        chosen, asked("compare competing approaches techniques interpretability"), Set.of());

    assertThat(chosen)
        .extracting(q -> q.passage().chunk().startSeconds())
        .containsExactly(2503, 6232);
  }

  @Test
  void ofTitlesSayingAsMuchTheEarliestLeads() {
    List<Quote> chosen =
        chosen(
            title("goodfire", 3567, "Understanding Minimum Description Length"),
            title("goodfire", 3441, "Minimum Description Length and Interpretability"));

    TitleOrder.lead(chosen, asked("minimum description length"), Set.of());

    assertThat(chosen)
        .extracting(q -> q.passage().chunk().startSeconds())
        .containsExactly(3441, 3567);
  }

  @Test
  void theWordsNamingTheEpisodeDoNotCount() {
    List<Quote> chosen =
        chosen(
            title("weird", 2966, "Grokking and Sudden Generalization"),
            title("weird", 0, "Neel Nanda - Personal Website"));

    TitleOrder.lead(chosen, asked("neel nanda grokking"), asked("neel nanda deepmind"));

    assertThat(chosen).extracting(q -> q.passage().chunk().startSeconds()).containsExactly(2966, 0);
  }

  @Test
  void aSentenceFirstAndTitlesOfAnotherEpisodeKeepTheirPlaces() {
    Quote sentence =
        quote(
            new Chunk(
                "s",
                "goodfire",
                ChunkKind.TRANSCRIPT,
                100,
                160,
                null,
                "",
                "We compare them.",
                null),
            "We compare them.");
    List<Quote> led = chosen(sentence, title("goodfire", 2503, "Competing Approaches"));
    List<Quote> other =
        chosen(
            title("goodfire", 6232, "Applications of Techniques"),
            title("weird", 10, "Competing Approaches and Techniques"));

    TitleOrder.lead(led, asked("competing approaches techniques"), Set.of());
    TitleOrder.lead(other, asked("competing approaches techniques"), Set.of());

    assertThat(led.get(0)).isSameAs(sentence);
    assertThat(other.get(0).passage().chunk().episodeId()).isEqualTo("goodfire");
  }

  private Set<String> asked(String words) {
    return terms.of(words);
  }

  private static List<Quote> chosen(Quote... quotes) {
    return new ArrayList<>(List.of(quotes));
  }

  private Quote title(String episodeId, int second, String text) {
    return quote(
        new Chunk(
            episodeId + "/" + second,
            episodeId,
            ChunkKind.CHAPTER,
            second,
            null,
            text,
            text,
            text,
            null),
        text);
  }

  private Quote quote(Chunk chunk, String text) {
    return new Quote(new Passage(chunk, 0.03, 0.5, 1, 1, 1), text, terms.of(text), 1);
  }
}
