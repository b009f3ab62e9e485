package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Transcripts;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.retrieve.Passage;
import dev.podcastqa.retrieve.QueryTerms;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NewMomentsTests {

  private static final String STATELESS =
      "It's completely stateless. And they do stay warm as it were. And then that scales up by"
          + " default to 1000 on a on a stock Amazon account.";
  private static final String ASKED =
      "Can you tell us a little bit more about a cold start? Because that's something you hear"
          + " against serverless haters.";
  private static final String MOUNTED =
      "Yeah. So when the lambda function gets invoked, it has to mount itself into a virtual disk"
          + " of some kind. So the solution is write small functions, keep them under five Meg's"
          + " and you will be sub second cold starting.";

  /** Syntax 310, cues 36 to 38 (SRT, probe35b), shortened: the guest, Wes's question, the guest. */
  private static final List<Segment> CUES =
      List.of(
          new Segment(882.659, 975.21, "Unknown", STATELESS),
          new Segment(975.24, 986.549, "Wes Bos", ASKED),
          new Segment(986.909, 1065.8, "Unknown", MOUNTED));

  private static final Episode EPISODE =
      new Episode(
          "syntax310",
          "Syntax310",
          "Syntax",
          null,
          3600,
          Links.NONE,
          List.of(),
          List.of(),
          "",
          List.of());

  private final QueryTerms terms = new QueryTerms();
  private final NewMoments news =
      new NewMoments(
          new CitationFactory(
              new Catalog(List.of(EPISODE), Transcripts.kept(Map.of("syntax310", CUES)))));

  /** Two windows over the cues, overlapping as the index cuts them. */
  private final Chunk first = window("syntax310/14", 882, 1066, 0, 3);

  private final Chunk second = window("syntax310/15", 975, 1066, 1, 3);

  @AfterEach
  void close() {
    terms.close();
  }

  @Test
  void twoQuotesOfOneUtteranceReadFromWindowsThatStartAMinuteAndAHalfApartAreOneMoment() {
    Quote setUp =
        quote(
            first,
            "So when the lambda function gets invoked, it has to mount itself into a virtual disk"
                + " of some kind.");
    Quote answer =
        quote(
            second,
            "Yeah. So when the lambda function gets invoked, it has to mount itself into a virtual"
                + " disk of some kind.");

    // Both are cited where the guest starts to answer, 00:16:26 and three seconds later (the cue
    // lasts 79 seconds, so a quote is cited where its words fall in it): one card.
    assertThat(news.isNew(answer, List.of(setUp))).isFalse();
    // Wes's question, eleven seconds before, is that moment too.
    assertThat(news.isNew(quote(first, ASKED), List.of(answer))).isFalse();
  }

  @Test
  void quotesCitedMoreThanAMinuteApartAreTwoMomentsAndOneSentenceTwiceIsOne() {
    Quote warm = quote(first, "And they do stay warm as it were.");
    Quote cold =
        quote(
            second,
            "So the solution is write small functions, keep them under five Meg's and you will be"
                + " sub second cold starting.");
    Quote same = quote(second, "And they do stay warm as it were.");

    assertThat(news.isNew(cold, List.of(warm))).isTrue();
    assertThat(news.isNew(same, List.of(warm))).isFalse();
  }

  private Quote quote(Chunk chunk, String text) {
    return new Quote(new Passage(chunk, 0.03, 0.5, 1, 1, 1), text, terms.of(text), 1.0);
  }

  /** A transcript window of cues {@code from} (inclusive) to {@code to} (exclusive). */
  private static Chunk window(String id, int start, int end, int from, int to) {
    StringBuilder text = new StringBuilder();
    for (Segment cue : CUES.subList(from, to)) {
      text.append(text.isEmpty() ? "" : "\n").append(cue.speaker()).append(": ").append(cue.text());
    }
    return new Chunk(
        id, "syntax310", ChunkKind.TRANSCRIPT, start, end, null, "", text.toString(), null);
  }
}
