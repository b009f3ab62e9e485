package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.retrieve.QueryTerms;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QuoteTextTests {

  private final QueryTerms terms = new QueryTerms();
  private final QuoteText text = new QuoteText(terms);

  @AfterEach
  void close() {
    terms.close();
  }

  @Test
  void aPassageSplitOnceIsSplitTheSameWayForItsKindWhenAskedAgain() {
    String said = "Neel: Sparse features.Readable ones,mostly. He says so.\nAnna: Right.";
    Chunk transcript = new Chunk("e#1", "e", ChunkKind.TRANSCRIPT, 10, 40, null, "", said, null);
    Chunk again = new Chunk("e#9", "e", ChunkKind.TRANSCRIPT, 90, 99, null, "", said, null);
    Chunk chapter = new Chunk("e#2", "e", ChunkKind.CHAPTER, 10, null, null, "", said, null);

    List<String> split = text.sentencesOf(transcript);

    assertThat(split)
        .isEqualTo(QuoteText.sentences(transcript))
        .containsExactly("Sparse features.", "Readable ones, mostly.", "He says so.", "Right.");
    assertThat(text.sentencesOf(again)).isSameAs(split);
    // A title is quoted whole: the same text of another kind is not split.
    assertThat(text.sentencesOf(chapter)).containsExactly(said);
  }

  @Test
  void sentencesOpeningOnAPronounOrAlsoLeanOnAnother() {
    assertThat(QuoteText.leans("He also discusses the limitations.")).isTrue();
    assertThat(QuoteText.leans("They found a circuit.")).isTrue();
    assertThat(QuoteText.leans("Nanda also argues for rigour.")).isTrue();
    assertThat(QuoteText.leans("Neel Nanda argues for rigour.")).isFalse();
    assertThat(QuoteText.leans("Theory of mind is discussed.")).isFalse();
  }

  @Test
  void aQuestionWithoutTheEpisodesNameKeepsEveryOtherWordAsWritten() {
    String named = "Python for Astronomy with Dr. Becky";

    assertThat(text.without("What editor does Dr. Becky use for Python?", terms.of(named)))
        .isEqualTo("What editor does use for");
    assertThat(text.without("Which editors? Becky's.", terms.of("Becky")))
        .isEqualTo("Which editors?");
  }

  @Test
  void aLeaningSentenceIsQuotedWithTheSentenceBeforeIt() {
    List<String> sentences =
        List.of("Nanda walks through the Golden Gate Claude experiment.", "He argues it is real.");

    assertThat(text.completed(sentences, 1, terms.of("golden gate")))
        .isEqualTo("Nanda walks through the Golden Gate Claude experiment. He argues it is real.");
  }

  @Test
  void aLeaningSentenceAfterAQuestionIsQuotedWithTheNearestSentenceThatNamesItsSubject() {
    List<String> sentences =
        List.of(
            "On AI safety, Nanda is pragmatic.",
            "He argues that interpretability gives evidence -- do models have goals?",
            "Do they deceive?",
            "He also discusses the limitations of sparse autoencoders.");

    assertThat(text.completed(sentences, 3, terms.of("sparse autoencoders limitations")))
        .isEqualTo(
            "On AI safety, Nanda is pragmatic. … He also discusses the limitations of sparse"
                + " autoencoders.");
  }

  @Test
  void aLeaningSentenceWithNoSubjectWithinReachIsQuotedAloneStillLeaning() {
    List<String> sentences =
        List.of("Why?", "Do they?", "Could they?", "Would they?", "He also doubts it.");

    assertThat(text.completed(sentences, 4, terms.of("doubts"))).isEqualTo("He also doubts it.");
    assertThat(QuoteText.leans(text.completed(sentences, 4, terms.of("doubts")))).isTrue();
    // Nor does the question before it take it on as a fragment's completion.
    assertThat(text.completed(sentences, 3, terms.of("doubts"))).isEqualTo("Would they?");
  }

  @Test
  void aQuestionFollowedByItsAnswerIsQuotedByTheAnswer() {
    List<String> sentences =
        List.of(
            "Got you.",
            "So what's the inscriptions thing?",
            "Yes. So then inscriptions are another convention where you can stick content.",
            "Thanks.");
    var question = terms.of("What is an inscription?");

    assertThat(text.completed(sentences, 1, question))
        .isEqualTo("Yes. So then inscriptions are another convention where you can stick content.");
    // Nothing after it answers: the question stays what is quoted.
    assertThat(
            text.completed(List.of("Got you.", "So what's the inscriptions thing?"), 1, question))
        .isEqualTo("So what's the inscriptions thing?");
  }

  @Test
  void aQuestionEchoedBeforeTheAnswerInTheSameTurnGivesWayToTheAnswer() {
    Chunk chunk =
        new Chunk(
            "e/4",
            "e",
            ChunkKind.TRANSCRIPT,
            2555,
            2615,
            null,
            "",
            "Casey Rodarmor: Are inscriptions paying a lower fee per real byte? Yes, because"
                + " inscriptions have a relatively higher proportion of witness data.",
            null);

    assertThat(text.best(chunk, terms.of("Do inscriptions pay less per real byte?")))
        .startsWith("Yes, because inscriptions have a relatively higher proportion");
  }

  @Test
  void aLineThatOnlyNamesTheSpeakerAndTheClockIsNoSentence() {
    Chunk notes =
        new Chunk(
            "e/0",
            "e",
            ChunkKind.DESCRIPTION,
            0,
            null,
            null,
            "",
            "Casey Rodarmor – 00:44:21:\nI sold the first inscription.\nStephan 01:06:24:\n"
                + "[00:12:01]\nStephan Livera - 1:02:03\nIt ended at 10:30 that night.\n"
                + "I have to know if I was in the library at 2:36",
            null);

    assertThat(text.sentencesOf(notes))
        .containsExactly(
            "I sold the first inscription.",
            "It ended at 10:30 that night.",
            "I have to know if I was in the library at 2:36");
  }

  @Test
  void speakerLabelsAreNotQuotedAndTheBestCoveringSentenceIs() {
    Chunk chunk =
        new Chunk(
            "e/1",
            "e",
            ChunkKind.TRANSCRIPT,
            10,
            70,
            null,
            "",
            "Host: Welcome back to the show everyone, good to have you.\n"
                + "Becky Smethurst: I use Python to classify galaxies by their shapes every day.",
            null);

    assertThat(text.best(chunk, terms.of("What does Becky use Python for?")))
        .isEqualTo("I use Python to classify galaxies by their shapes every day.");
  }

  @Test
  void theWeightedBestSentenceIsTheOneHoldingTheRarerWordsOfTheQuestion() {
    Chunk chunk =
        new Chunk(
            "talk/7",
            "talk",
            ChunkKind.TRANSCRIPT,
            600,
            660,
            null,
            "",
            "Todd: We test every page we build before it ships to anyone. A squint at the"
                + " screen from afar shows the contrast.",
            null);
    var question = terms.of("squint test");

    QuoteText.Best rare = text.bestWeighted(chunk, question, Map.of("squint", 4.0, "test", 1.0));
    QuoteText.Best common = text.bestWeighted(chunk, question, Map.of("squint", 1.0, "test", 4.0));

    assertThat(rare.text()).startsWith("A squint at the screen");
    assertThat(rare.covered()).isCloseTo(0.8, within(1e-9));
    assertThat(common.text()).startsWith("We test every page");
    assertThat(common.covered()).isCloseTo(0.8, within(1e-9));
  }

  @Test
  void aWeightedSentenceCountsItsShareSoManyTimesButNeverMoreThanTheWholeQuestion() {
    Chunk chunk =
        new Chunk(
            "talk/4",
            "talk",
            ChunkKind.TRANSCRIPT,
            240,
            300,
            null,
            "",
            "Todd: We test every page we build before it ships.\nHost: Do you squint?",
            null);
    var question = terms.of("squint test");

    QuoteText.Best plain = text.bestWeighted(chunk, question, Map.of(), s -> 1);
    QuoteText.Best asked =
        text.bestWeighted(chunk, question, Map.of(), s -> s.endsWith("?") ? 3 : 1);

    assertThat(plain.text()).isEqualTo("We test every page we build before it ships.");
    assertThat(plain.covered()).isCloseTo(0.5, within(1e-9));
    // The question ends the passage: nothing after it answers, so it is what is quoted.
    assertThat(asked.text()).isEqualTo("Do you squint?");
    assertThat(asked.covered()).isEqualTo(1.0);
  }

  /**
   * Planet Money of 2016-09-09, 00:15:41 to 00:16:20, as the SubRip captions of a speech recogniser
   * give it: 99 words without a full stop, which the index reads as one sentence.
   */
  private static final Chunk UNPUNCTUATED =
      new Chunk(
          "planet-money/41",
          "planet-money",
          ChunkKind.TRANSCRIPT,
          941,
          980,
          null,
          "",
          "And the crowds were pretty happy to S4 Calgary On the balance sheet they were the losers"
              + " In this deal Play Chris got no money for the elephant But the karma system Did seem"
              + " to work Tell me that major respect For putting the welfare of their elephants For"
              + " sending it to a better place And lo and behold Other zoos Send Calgary extra"
              + " animals that they have Calgary got a new Indian rhino Komodo dragon For free of"
              + " course Still on the list Lemurs Calvary wants black and white lemurs Call me if you"
              + " got them Muslim Snowman",
          null);

  @Test
  void aRunLongerThanAQuoteIsJudgedByTheWordsQuotedOfIt() {
    // "crowds" is its 3rd word and "lemurs" its 85th: no quote of 45 words holds both.
    QuoteText.Best apart = text.bestWeighted(UNPUNCTUATED, terms.of("crowds lemurs"), Map.of());

    assertThat(QuoteText.sentences(UNPUNCTUATED)).hasSize(1);
    assertThat(apart.covered()).isCloseTo(0.5, within(1e-9));
    assertThat(apart.text().split("\\s+")).hasSizeLessThanOrEqualTo(QuoteText.MAX_WORDS);
  }

  @Test
  void aRunLongerThanAQuoteHoldsTheWholeQuestionWhenOneQuoteOfItDoes() {
    // "karma" is its 31st word and "rhino" its 74th: 44 words from one to the other.
    QuoteText.Best close = text.bestWeighted(UNPUNCTUATED, terms.of("karma rhino"), Map.of());

    assertThat(close.covered()).isEqualTo(1.0);
    assertThat(close.text()).contains("karma", "rhino");
  }

  @Test
  void aRunNoLongerThanAQuoteIsJudgedWhole() {
    // The run's first 45 words, as many as a quote may have: "crowds" is the 3rd, "karma" the 31st.
    String first = String.join(" ", List.of(UNPUNCTUATED.text().split(" ")).subList(0, 45));
    Chunk whole =
        new Chunk(
            "planet-money/40",
            "planet-money",
            ChunkKind.TRANSCRIPT,
            941,
            960,
            null,
            "",
            first,
            null);

    QuoteText.Best both = text.bestWeighted(whole, terms.of("crowds karma"), Map.of());

    assertThat(both.covered()).isEqualTo(1.0);
    assertThat(both.text()).isEqualTo(first);
  }

  @Test
  void aChunkWithNoWordOfTheQuestionCoversNothing() {
    Chunk chunk =
        new Chunk(
            "talk/9", "talk", ChunkKind.TRANSCRIPT, 720, 780, null, "", "We had coffee.", null);

    assertThat(text.bestWeighted(chunk, terms.of("squint test"), Map.of()).covered()).isZero();
  }

  @Test
  void aLongRunWithoutPunctuationIsCutAroundTheAnswer() {
    String run = "word ".repeat(60) + "galaxies python classify " + "word ".repeat(60);

    String cut = new QuoteWindow(terms).cut(run.strip(), terms.of("python galaxies"));

    assertThat(cut.split("\\s+")).hasSizeLessThanOrEqualTo(QuoteText.MAX_WORDS);
    assertThat(cut).contains("galaxies python").startsWith("…").endsWith("…");
  }

  @Test
  void aCutRunStartsAFewWordsBeforeTheFirstWordOfTheQuestionItHolds() {
    String run =
        "filler ".repeat(50)
            + "there is for instance the AWS IQ platform which is a platform managed by AWS where"
            + " you can find customers as a freelancer "
            + "filler ".repeat(30);

    String cut = new QuoteWindow(terms).cut(run.strip(), terms.of("AWS IQ"));

    assertThat(cut.split("\\s+")).hasSizeLessThanOrEqualTo(QuoteText.MAX_WORDS + 1);
    assertThat(cut)
        .startsWith("…" + "filler ".repeat(7) + "there is for instance the AWS IQ platform");
    assertThat(cut).contains("find customers as a freelancer");
  }

  @Test
  void whatIsQuestionsAreRecognised() {
    assertThat(WantedSentence.asksWhatItIs("What is grokking?")).isTrue();
    assertThat(WantedSentence.asksWhatItIs("What does superposition mean?")).isTrue();
    assertThat(WantedSentence.asksWhatItIs("When do they discuss grokking?")).isFalse();
  }

  @Test
  void whoIsANamedPersonAsksWhatTheyAreLikeWhatIs() {
    assertThat(WantedSentence.asksWhatItIs("Who is Moon Duchin?")).isTrue();
    assertThat(WantedSentence.asksWhatItIs("who's Neel Nanda")).isTrue();
    assertThat(WantedSentence.asksWhatItIs("Who was Carl Hagenbeck?")).isTrue();
    // A "who" that asks for the person, by what they did or where they stand, is a question of
    // fact.
    assertThat(WantedSentence.asksWhatItIs("Who was arrested for Hae's murder?")).isFalse();
    assertThat(WantedSentence.asksWhatItIs("Who is in charge of the elephants?")).isFalse();
    assertThat(WantedSentence.asksWhatItIs("Who is the host interviewing Neel Nanda?")).isFalse();
    assertThat(WantedSentence.asksWhatItIs("Who is Neel Nanda working with at DeepMind?"))
        .isFalse();
  }
}
