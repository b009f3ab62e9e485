package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Transcripts;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.retrieve.Passage;
import dev.podcastqa.retrieve.QueryTerms;
import dev.podcastqa.retrieve.Retrieval;
import dev.podcastqa.retrieve.TermEvidence;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QuotePickerTests {

  private static final String QUESTION = "What does accessibility mean to Todd?";

  private static final Chunk OPENING =
      transcript(
          "talk/1",
          30,
          "Today we talk with Todd about his journey in tech and what accessibility means to him.");

  private static final Chunk ANSWER =
      transcript(
          "talk/7",
          570,
          "Accessibility to me means more than a disability. It can be someone on a slow phone.");

  private final QueryTerms terms = new QueryTerms();
  private final QuotePicker picker =
      new QuotePicker(
          terms, MomentFinder.NONE, new CitationFactory(CitationFactoryTests.catalog()));

  @AfterEach
  void close() {
    terms.close();
  }

  @Test
  void theOpeningThatPreviewsTheEpisodeGivesWayInsideTheEpisodeToTheLaterPassageThatAnswers() {
    // Within the episode the later passage scores above the 90% of its score the opening keeps.
    MomentFinder wholeEpisode =
        new TranscriptOnlyFinder(
            (searched, episodeId, from, to) ->
                from == 0 && to == Integer.MAX_VALUE && episodeId.equals("talk")
                    ? List.of(
                        new Passage(ANSWER, 0.033, 0.65, 5, 1, 1),
                        new Passage(OPENING, 0.032, 0.55, 4, 2, 2))
                    : List.of());
    QuotePicker picker =
        new QuotePicker(terms, wholeEpisode, new CitationFactory(CitationFactoryTests.catalog()));

    List<Quote> quotes =
        picker.pick(
            retrieval(
                new Passage(OPENING, 0.033, 0.65, 5, 1, 2),
                new Passage(ANSWER, 0.030, 0.45, 4, 3, 1)));

    assertThat(quotes).isNotEmpty();
    assertThat(quotes.get(0).passage().chunk()).isEqualTo(ANSWER);
    assertThat(quotes.get(0).text()).startsWith("Accessibility to me means");
  }

  @Test
  void theOpeningKeepsItsPlaceAmongTheQuotesSearchedOverTheCorpus() {
    // Which moment of the episode leads is decided within it; with no search there, the opening
    // stays first though a later passage of its episode scores more than 70% of it.
    List<Quote> quotes =
        picker.pick(
            retrieval(
                new Passage(OPENING, 0.033, 0.65, 5, 1, 2),
                new Passage(ANSWER, 0.030, 0.45, 4, 3, 1)));

    assertThat(quotes).isNotEmpty();
    assertThat(quotes.get(0).passage().chunk()).isEqualTo(OPENING);
  }

  @Test
  void theOpeningStaysFirstWhenNoLaterPassageMatchesAboutAsWell() {
    Chunk aside = transcript("talk/9", 900, "We also chatted about his favourite coffee in Maine.");

    List<Quote> quotes =
        picker.pick(
            retrieval(
                new Passage(OPENING, 0.033, 0.65, 5, 1, 1),
                new Passage(aside, 0.020, 0.20, 1, 9, 9)));

    assertThat(quotes.get(0).passage().chunk()).isEqualTo(OPENING);
  }

  @Test
  void aPassageThatCoversNothingOfTheQuestionIsNotCitedAsPadding() {
    Chunk padding =
        transcript("talk/8", 700, "Thanks so much for listening, see you all next week.");

    List<Quote> quotes =
        picker.pick(
            retrieval(
                new Passage(ANSWER, 0.033, 0.60, 5, 1, 1),
                new Passage(padding, 0.032, 0.58, 4, 2, 2)));

    assertThat(quotes).extracting(q -> q.passage().chunk()).containsExactly(ANSWER);
  }

  @Test
  void aFurtherQuoteThatOnlyNamesTheEpisodesGuestIsNotCitedAsPadding() {
    Episode episode =
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
    QuotePicker picker =
        new QuotePicker(
            terms,
            MomentFinder.NONE,
            new CitationFactory(new Catalog(List.of(episode), Transcripts.NONE)));
    Chunk answer =
        new Chunk(
            "todd/7",
            "todd",
            ChunkKind.TRANSCRIPT,
            1200,
            1260,
            null,
            "",
            "Todd Libby: As Todd Libby I say overlays never fix a site, they hide problems.",
            null);
    Chunk website =
        new Chunk(
            "todd/2", "todd", ChunkKind.REFERENCE, 0, null, null, "", "Todd Libby - Website", null);
    Retrieval retrieval =
        new Retrieval(
            "What does Todd Libby think of overlays?",
            new float[0],
            List.of(
                new Passage(answer, 0.033, 0.60, 5, 1, 1),
                new Passage(website, 0.033, 0.60, 5, 2, 2)),
            TermEvidence.NONE);

    assertThat(picker.pick(retrieval)).extracting(q -> q.passage().chunk()).containsExactly(answer);
  }

  @Test
  void anotherEpisodeIsCitedBesideTheAnswerOnlyWhenItCoversAsMuchOfTheQuestion() {
    Chunk partly = inQuiz("quiz/3", 300, "Accessibility means a lot to every listener here.");
    Chunk wholly = inQuiz("quiz/4", 400, "Todd says accessibility means that anyone can use it.");

    assertThat(twoShows().pick(retrieval(answerFirst(), new Passage(partly, 0.033, 0.60, 5, 2, 2))))
        .extracting(q -> q.passage().chunk())
        .as("two of the three asked words: the topic, not the answer")
        .containsExactly(SAID);
    assertThat(twoShows().pick(retrieval(answerFirst(), new Passage(wholly, 0.033, 0.60, 5, 2, 2))))
        .extracting(q -> q.passage().chunk())
        .containsExactly(SAID, wholly);
  }

  @Test
  void anotherEpisodeMustCoverAsMuchAsTheAnswersEpisodeSaysNotOnlyItsPreview() {
    // The best quote previews its episode with two of the four asked words; the episode says all
    // four later, in a quote scoring too little to be cited beside it.
    String question = "Which tools help with accessibility audits?";
    Passage preview =
        new Passage(
            transcript("talk/1", 30, "Today we talk about accessibility audits and his work."),
            0.033,
            0.60,
            5,
            1,
            1);
    Passage said =
        new Passage(
            transcript("talk/30", 1800, "Axe and other tools help with accessibility audits."),
            0.016,
            0.30,
            2,
            8,
            8);
    Chunk partly = inQuiz("quiz/3", 300, "Accessibility audits are hard for every listener.");
    Chunk wholly = inQuiz("quiz/4", 400, "A few free tools help with accessibility audits.");

    assertThat(
            twoShows()
                .pick(
                    asked(
                        question,
                        List.of(preview, new Passage(partly, 0.032, 0.58, 5, 2, 2), said))))
        .extracting(q -> q.passage().chunk())
        .as("as much as the preview, less than the episode says")
        .containsExactly(preview.chunk());
    assertThat(
            twoShows()
                .pick(
                    asked(
                        question,
                        List.of(preview, new Passage(wholly, 0.028, 0.50, 4, 3, 3), said))))
        .extracting(q -> q.passage().chunk())
        .containsExactly(preview.chunk(), wholly);
  }

  @Test
  void aFurtherQuoteOfTheSameEpisodeStillNeedsOnlyPartOfWhatTheBestCovers() {
    Chunk partly = transcript("talk/30", 1800, "Accessibility means a lot to every listener here.");

    assertThat(twoShows().pick(retrieval(answerFirst(), new Passage(partly, 0.033, 0.60, 5, 2, 2))))
        .extracting(q -> q.passage().chunk())
        .containsExactly(SAID, partly);
  }

  @Test
  void anEpisodeThatSaysTheNameTheQuestionWritesLeadsOneThatSaysOnlyPartOfIt() {
    Chunk host = inQuiz("quiz/5", 500, "And the answer is Justin. The answer is Justin.");
    Chunk named =
        transcript("talk/2", 99, "And this is Justin Levitt, he teaches law at Loyola in LA.");
    List<Passage> found =
        List.of(
            new Passage(host, 0.032, 0.44, 3.4, 1, 4),
            new Passage(named, 0.016, Double.NaN, 5.2, 0, 1));

    assertThat(twoShows().pick(asked("Who is Justin Levitt?", found)).get(0).passage().chunk())
        .isEqualTo(named);
    assertThat(twoShows().pick(asked("Who is Justin?", found)).get(0).passage().chunk())
        .as("no name of two words: the nearer passage leads, as before")
        .isEqualTo(host);
  }

  @Test
  void aPassageNeedNotRepeatTheNameWhenItsEpisodeSaysIt() {
    Chunk named = transcript("talk/2", 99, "And this is Justin Levitt, he teaches law at Loyola.");
    Chunk later = transcript("talk/40", 2400, "He teaches election law to his students at Loyola.");
    Chunk elsewhere = inQuiz("quiz/5", 500, "Justin teaches at a school in Ohio.");
    List<Passage> found =
        List.of(
            new Passage(later, 0.033, 0.60, 5, 1, 1),
            new Passage(elsewhere, 0.032, 0.58, 4, 2, 3),
            new Passage(named, 0.016, 0.30, 3, 9, 2));

    assertThat(twoShows().pick(asked("Where does Justin Levitt teach?", found)).get(0).text())
        .startsWith("He teaches election law");
  }

  @Test
  void theEpisodeThatSaysTheNameCountsEvenWhenThatPassageIsNotAmongThoseQuoted() {
    List<Passage> found = new java.util.ArrayList<>();
    found.add(
        new Passage(
            inQuiz("quiz/1", 100, "Oh yes, this one has the moon in it."), 0.033, 0.40, 4, 1, 3));
    found.add(
        new Passage(
            transcript("talk/30", 1800, "Moon's got an even easier way to explain the gap."),
            0.032,
            0.33,
            5,
            2,
            2));
    for (int i = 2; i < QuotePicker.PASSAGES; i++) {
      found.add(
          new Passage(
              inQuiz("quiz/" + (i + 1), 100 + 200 * i, "We talked about the moon landing."),
              0.031 - 0.001 * i,
              0.30,
              3,
              i + 1,
              i + 2));
    }
    found.add(
        new Passage(
            transcript("talk/8", 480, "And one of them was Professor Moon duchin of Tufts."),
            0.020,
            Double.NaN,
            6,
            0,
            1));

    assertThat(twoShows().pick(asked("Who is Moon Duchin?", found)).get(0).passage().chunk())
        .extracting(Chunk::episodeId)
        .isEqualTo("talk");
  }

  private static Retrieval asked(String question, List<Passage> passages) {
    return new Retrieval(question, new float[0], passages, TermEvidence.NONE);
  }

  private static final Chunk SAID =
      transcript("talk/7", 570, "As Todd puts it, accessibility means more than a disability.");

  private static Passage answerFirst() {
    return new Passage(SAID, 0.033, 0.60, 5, 1, 1);
  }

  private QuotePicker twoShows() {
    List<Episode> episodes =
        List.of(
            new Episode(
                "talk",
                "Web talk",
                "Show",
                null,
                3600,
                Links.NONE,
                List.of(),
                List.of(),
                "",
                List.of()),
            new Episode(
                "quiz",
                "Quiz night",
                "Other show",
                null,
                3600,
                Links.NONE,
                List.of(),
                List.of(),
                "",
                List.of()));
    return new QuotePicker(
        terms, MomentFinder.NONE, new CitationFactory(new Catalog(episodes, Transcripts.NONE)));
  }

  private static Chunk inQuiz(String id, int start, String text) {
    return new Chunk(id, "quiz", ChunkKind.TRANSCRIPT, start, start + 60, null, "", text, null);
  }

  @Test
  void theAnswersEpisodeIsLedByTheMomentOfItsWholeTranscriptThatSaysIt() {
    Chunk aside = transcript("talk/9", 900, "Todd told us about accessibility at his old job.");
    Chunk deeper =
        transcript(
            "talk/20",
            2400,
            "Todd: Accessibility to Todd means more than disability; anyone can use it.");
    MomentFinder wholeEpisode =
        new TranscriptOnlyFinder(
            (searched, episodeId, from, to) ->
                from == 0 && to == Integer.MAX_VALUE && episodeId.equals("talk")
                    ? List.of(
                        new Passage(aside, 0.033, 0.60, 6, 1, 2),
                        new Passage(deeper, 0.032, 0.55, 7, 2, 1))
                    : List.of());
    QuotePicker picker =
        new QuotePicker(terms, wholeEpisode, new CitationFactory(CitationFactoryTests.catalog()));

    List<Quote> quotes = picker.pick(retrieval(new Passage(aside, 0.033, 0.60, 5, 1, 1)));

    assertThat(quotes).extracting(q -> q.passage().chunk()).containsExactly(deeper, aside);
    assertThat(quotes.get(0).text()).startsWith("Accessibility to Todd means more than disability");
  }

  @Test
  void aHostsQuestionIsQuotedByTheAnswerAfterItAndWeighedAsWhatThatAnswerSays() {
    Chunk asked =
        transcript(
            "talk/3",
            200,
            "Dan: So Todd, what does accessibility mean to you?\nTodd: To me, someone on a slow"
                + " phone in a field, or someone holding a baby in one arm.");

    List<Quote> quotes = picker.pick(retrieval(new Passage(asked, 0.033, 0.65, 5, 1, 1)));

    assertThat(quotes).isNotEmpty();
    assertThat(quotes.get(0).text()).startsWith("To me, someone on a slow phone");
    // The question's words found the passage; the quote is judged beside others by its own
    // words, so an answer that does not say them supports no other episode's question.
    assertThat(quotes.get(0).terms()).doesNotContain("accessibility", "mean");
  }

  private static Retrieval retrieval(Passage... passages) {
    return new Retrieval(QUESTION, new float[0], List.of(passages), TermEvidence.NONE);
  }

  private Quote quote(Chunk chunk, double score) {
    return new Quote(
        new Passage(chunk, 0.03, 0.5, 1, 1, 1), chunk.text(), terms.of(chunk.text()), score);
  }

  private static Chunk transcript(String id, int start, String text) {
    return new Chunk(id, "talk", ChunkKind.TRANSCRIPT, start, start + 60, null, "", text, null);
  }
}
