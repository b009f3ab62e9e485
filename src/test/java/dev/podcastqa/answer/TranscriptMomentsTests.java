package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.retrieve.Passage;
import dev.podcastqa.retrieve.QueryTerms;
import dev.podcastqa.retrieve.Retrieval;
import dev.podcastqa.retrieve.TermEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TranscriptMomentsTests {

  private final QueryTerms terms = new QueryTerms();
  private final List<int[]> spans = new ArrayList<>();
  private final MomentFinder finder =
      new TranscriptOnlyFinder(
          (searched, episodeId, from, to) -> {
            spans.add(new int[] {from, to});
            return List.of(new Passage(CitationFactoryTests.WINDOW, 0.03, 0.5, 2, 1, 1));
          });
  private final TranscriptMoments moments =
      new TranscriptMoments(
          finder, new CitationFactory(CitationFactoryTests.catalog()), new QuoteText(terms));
  private final Retrieval retrieval =
      new Retrieval("What is grokking?", new float[0], List.of(), TermEvidence.NONE);

  @AfterEach
  void close() {
    terms.close();
  }

  @Test
  void aChapterTitleIsCitedAtTheTranscriptPassageInsideTheChapterWithTheTitleAsContext() {
    Chunk chapter =
        new Chunk("talk/0", "talk", ChunkKind.CHAPTER, 100, null, "Grokking", "", "Grokking", null);
    Quote title = new Quote(new Passage(chapter, 0.03, 0.6, 3, 1, 1), "Grokking", Set.of(), 1);

    Quote placed = moments.place(title, retrieval, terms.of("grokking"));

    assertThat(spans)
        .singleElement()
        .satisfies(s -> assertThat(s).containsExactly(100, Integer.MAX_VALUE));
    assertThat(placed.passage().chunk().kind()).isEqualTo(ChunkKind.TRANSCRIPT);
    assertThat(placed.text()).startsWith("Grokking is when a network");
    assertThat(placed.chapter()).isEqualTo("Grokking");
  }

  @Test
  void untimedShowNotesAreCitedAtTheTranscriptOfTheWholeEpisode() {
    Chunk notes =
        new Chunk(
            "talk/1",
            "talk",
            ChunkKind.DESCRIPTION,
            0,
            null,
            null,
            "",
            "Notes without a time.",
            null);
    Quote quote = new Quote(new Passage(notes, 0.03, 0.6, 3, 1, 1), "Notes.", Set.of(), 1);

    Quote placed = moments.place(quote, retrieval, terms.of("grokking"));

    assertThat(spans).singleElement().satisfies(s -> assertThat(s[0]).isZero());
    assertThat(placed.passage().chunk().timed()).isTrue();
    assertThat(placed.chapter()).isNull();
  }

  @Test
  void aTranscriptQuoteStaysWhereItIs() {
    Quote quote =
        new Quote(
            new Passage(CitationFactoryTests.WINDOW, 0.03, 0.6, 3, 1, 1), "Welcome.", Set.of(), 1);

    assertThat(moments.place(quote, retrieval, terms.of("grokking"))).isSameAs(quote);
    assertThat(spans).isEmpty();
  }
}
