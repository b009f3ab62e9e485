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
import dev.podcastqa.retrieve.Retrieval;
import dev.podcastqa.retrieve.TermEvidence;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnswerTurnsTests {

  private static final List<Segment> TRANSCRIPT = segments("/answer/answer-turns.txt");

  /** Todd's two-minute answer, ending on a question back to Dan (a real caption excerpt). */
  private static final List<Segment> LONG_TURN = segments("/answer/answer-turns-long-turn.txt");

  /** A caller's question and Bryan's answer, labelled "Speaker N" (a real transcript excerpt). */
  private static final List<Segment> ANONYMOUS = segments("/answer/answer-turns-anonymous.txt");

  private static final Episode EPISODE =
      new Episode(
          "todd",
          "Todd Libby - Making the web accessible",
          "Show",
          null,
          3600,
          Links.NONE,
          List.of(),
          List.of(),
          "",
          List.of());

  private final QueryTerms terms = new QueryTerms();
  private final CitationFactory citations =
      new CitationFactory(
          new Catalog(List.of(EPISODE), Transcripts.kept(Map.of("todd", TRANSCRIPT))));

  @AfterEach
  void close() {
    terms.close();
  }

  @Test
  void theGuestsAnswerToTheHostsQuestionIsFoundAfterTheQuestionsLastCaption() {
    assertThat(AnswerTurns.answerAfter(TRANSCRIPT, 1))
        .get()
        .satisfies(turn -> assertThat(turn.second()).isEqualTo(1525))
        .satisfies(turn -> assertThat(turn.words()).startsWith("It skips over it."));
  }

  @Test
  void aTurnThatEndsWithoutAQuestionHasNoAnswerToCite() {
    assertThat(AnswerTurns.answerAfter(TRANSCRIPT, 0)).isEmpty();
  }

  @Test
  void wordsSaidMinutesBeforeTheQuestionThatEndsTheirTurnPutNoQuestion() {
    int explained = lineAt(LONG_TURN, 573.1); // "And that is making the web equal and accessible"
    int handedBack = lineAt(LONG_TURN, 707.0); // "... And Dan, what was your question?"

    assertThat(AnswerTurns.answerAfter(LONG_TURN, explained)).isEmpty();
    assertThat(AnswerTurns.answerAfter(LONG_TURN, handedBack))
        .get()
        .satisfies(turn -> assertThat(turn.second()).isEqualTo(712));
  }

  @Test
  void aShortReplyIsNotTheAnswer() {
    assertThat(AnswerTurns.answerAfter(TRANSCRIPT, 5)).isEmpty();
  }

  @Test
  void voicesTheTranscriberLeftUnnamedAskAndAnswerToo() {
    // "Speaker 2" asks, "Speaker 1" answers: two labels, two voices, though neither is named.
    assertThat(AnswerTurns.answerAfter(ANONYMOUS, 1))
        .get()
        .satisfies(turn -> assertThat(turn.second()).isEqualTo(1898))
        .satisfies(turn -> assertThat(turn.words()).startsWith("We we flipped them."));
    assertThat(AnswerTurns.answerAfter(TRANSCRIPT, 7))
        .get()
        .satisfies(turn -> assertThat(turn.second()).isEqualTo(1570));
  }

  @Test
  void anUnnamedCallersQuestionIsCitedWhereTheAnswerStartsWithNoNameGiven() {
    Catalog catalog = new Catalog(List.of(EPISODE), Transcripts.kept(Map.of("todd", ANONYMOUS)));
    CitationFactory cites = new CitationFactory(catalog);
    Chunk window =
        new Chunk(
            "todd/40",
            "todd",
            ChunkKind.TRANSCRIPT,
            1867,
            1922,
            null,
            "",
            ANONYMOUS.stream()
                .filter(s -> s.startSeconds() <= 1898)
                .map(s -> s.speaker() + ": " + s.text())
                .reduce((a, b) -> a + "\n" + b)
                .orElseThrow(),
            null);
    MomentFinder finder =
        new TranscriptOnlyFinder(
            (retrieval, episodeId, from, to) ->
                from <= 1898 && 1898 < to
                    ? List.of(new Passage(window, 0.03, 0.5, 5, 1, 1))
                    : List.of());
    AnswerTurns turns = new AnswerTurns(finder, cites, new QuoteText(terms));
    Quote asked =
        new Quote(
            new Passage(window, 0.03, 0.6, 6, 1, 1),
            "And to close to get the punchline, how did you guys close-up that, that ability to"
                + " corrupt the the data segment from a stack overflow?",
            terms.of("corrupt data segment stack overflow"),
            1.0);

    Quote answered =
        turns.answering(
            asked,
            new Retrieval(
                "How does Hubris keep a stack overflow from corrupting the data?",
                new float[0],
                List.of(),
                TermEvidence.NONE));
    Citation cited = cites.cite(1, answered.passage().chunk(), answered.text());

    assertThat(answered.text()).startsWith("We we flipped them.");
    assertThat(cited.startSeconds()).isEqualTo(1898);
    assertThat(cited.speaker()).isNull();
  }

  @Test
  void theHostsQuestionIsCitedAtTheSecondTheGuestStartsToAnswer() {
    Chunk question = window("todd/25", 1500, 1524);
    Chunk answer = window("todd/26", 1520, 1560);
    MomentFinder finder =
        new TranscriptOnlyFinder(
            (retrieval, episodeId, from, to) ->
                from <= 1520 && 1520 < to
                    ? List.of(new Passage(answer, 0.03, 0.5, 5, 1, 1))
                    : List.of());
    AnswerTurns turns = new AnswerTurns(finder, citations, new QuoteText(terms));
    Quote asked =
        new Quote(
            new Passage(question, 0.03, 0.6, 6, 1, 1),
            "So, what happens in the screen reader if it runs into an image with no alt attribute"
                + " at all?",
            terms.of("screen reader image alt attribute"),
            1.0);

    Quote answered =
        turns.answering(
            asked,
            new Retrieval(
                "What does a screen reader do with an image without alt text?",
                new float[0],
                List.of(),
                TermEvidence.NONE));
    Citation cited = citations.cite(1, answered.passage().chunk(), answered.text());

    assertThat(answered.text()).startsWith("It skips over it.");
    assertThat(cited.startSeconds()).isEqualTo(1525);
    assertThat(cited.speaker()).isEqualTo("Todd");
  }

  @Test
  void aQuestionOneSpeakerPutsAndAnotherAnswersIsAskedAloud() {
    AnswerTurns turns = new AnswerTurns(MomentFinder.NONE, citations, new QuoteText(terms));
    Chunk window = window("todd/25", 1500, 1529);

    assertThat(
            turns.putsQuestion(
                window,
                "So, what happens in the screen reader if it runs into an image with no alt"
                    + " attribute at all?"))
        .isTrue();
    assertThat(turns.putsQuestion(window, "Overlays hide problems rather than fix them."))
        .isFalse();
  }

  @Test
  void aQuestionAnsweredOnlyInAWordIsNotAskedAloud() {
    AnswerTurns turns = new AnswerTurns(MomentFinder.NONE, citations, new QuoteText(terms));

    assertThat(
            turns.putsQuestion(
                window("todd/27", 1547, 1554), "Totally. So a decorative image can be skipped?"))
        .isFalse();
    assertThat(turns.putsQuestion(window("todd/28", 1560, 1590), "What about captions for video?"))
        .isTrue();
  }

  /** The index of the line of {@code transcript} that starts at {@code second}. */
  private static int lineAt(List<Segment> transcript, double second) {
    for (int i = 0; i < transcript.size(); i++) {
      if (transcript.get(i).startSeconds() == second) {
        return i;
      }
    }
    throw new IllegalArgumentException("no line at " + second);
  }

  /** A transcript window of the fixture's lines from {@code from} to {@code to} seconds. */
  private static Chunk window(String id, int from, int to) {
    StringBuilder text = new StringBuilder();
    String speaker = null;
    for (Segment s : TRANSCRIPT) {
      if (s.startSeconds() >= from && s.startSeconds() <= to) {
        String label = s.speaker() == null ? speaker : s.speaker();
        boolean newTurn = s.speaker() != null;
        text.append(text.isEmpty() ? "" : newTurn ? "\n" : " ")
            .append(newTurn ? label + ": " : "")
            .append(s.text());
        speaker = label;
      }
    }
    return new Chunk(id, "todd", ChunkKind.TRANSCRIPT, from, to, null, "", text.toString(), null);
  }

  private static List<Segment> segments(String resource) {
    try (InputStream in = AnswerTurnsTests.class.getResourceAsStream(resource)) {
      List<Segment> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(" \\| ", 4);
        out.add(
            new Segment(
                Double.parseDouble(f[0]),
                Double.parseDouble(f[1]),
                f[2].equals("-") ? null : f[2],
                f[3]));
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
