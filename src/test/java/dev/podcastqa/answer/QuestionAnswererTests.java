package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Timecode;
import dev.podcastqa.testing.TestConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Extractive answers over the sample corpus keep the answer contract. */
class QuestionAnswererTests {

  private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
  private static Pipeline pipeline;

  @BeforeAll
  static void open() {
    pipeline = new Application(TestConfig.sampleCorpus("answers")).open();
  }

  @AfterAll
  static void close() {
    pipeline.close();
  }

  @Test
  void everyMarkerHasItsCitationAndEveryCitationItsMarker() {
    for (String question :
        List.of(
            "When do they talk about grokking?",
            "Who are the guests from Goodfire?",
            "What is superposition?",
            "Which paper about refusal do they reference?")) {
      Answer answer = pipeline.answers().answer(Question.of(question));

      assertThat(answer.answered()).as(question).isTrue();
      Set<Integer> markers = new TreeSet<>();
      Matcher m = MARKER.matcher(answer.answer());
      while (m.find()) {
        markers.add(Integer.parseInt(m.group(1)));
      }
      assertThat(markers)
          .as(question)
          .containsExactlyElementsOf(answer.citations().stream().map(Citation::n).toList());
    }
  }

  @Test
  void citationTimesAndLinksComeFromTheEpisodeData() {
    Answer answer = pipeline.answers().answer(Question.of("When do they talk about grokking?"));

    Citation grokking = answer.citations().get(0);
    assertThat(grokking.episodeId()).isEqualTo("neel-nanda-mechanistic-interpretability");
    assertThat(grokking.startSeconds()).isEqualTo(2966);
    assertThat(grokking.timestamp()).isEqualTo("00:49:26");
    assertThat(grokking.url())
        .isEqualTo("/episodes/neel-nanda-mechanistic-interpretability?t=2966");
    assertThat(grokking.podcast()).isEqualTo("Machine Learning Street Talk (MLST)");
    for (Citation c : answer.citations()) {
      Episode episode = pipeline.catalog().find(c.episodeId()).orElseThrow();
      assertThat(c.episodeTitle()).isEqualTo(episode.title());
      if (c.timestamp() != null) {
        assertThat(c.timestamp()).isEqualTo(Timecode.format(c.startSeconds()));
        assertThat(momentsOf(episode, pipeline.catalog().transcript(episode.id())))
            .contains(c.startSeconds());
      }
    }
  }

  @Test
  void untimedShowNotesLinkToTheEpisodePageNotToAMoment() {
    Answer answer =
        pipeline
            .answers()
            .answer(
                new Question(
                    "What does Neel do at DeepMind?",
                    null,
                    "neel-nanda-mechanistic-interpretability-sparse-autoencoders",
                    null,
                    null,
                    null));

    assertThat(answer.citations())
        .isNotEmpty()
        .allSatisfy(
            c -> {
              assertThat(c.timestamp()).isNull();
              assertThat(c.url()).startsWith("/episodes/");
            });
  }

  @Test
  void aQuestionTheEpisodesCannotAnswerIsRefusedPlainly() {
    for (String question :
        List.of(
            "How do I bake sourdough bread at home?",
            "What did Neel Nanda say about quantum computing?",
            "How much does CentML charge for model deployment?")) {
      Answer answer = pipeline.answers().answer(Question.of(question));

      assertThat(answer.answered()).as(question).isFalse();
      assertThat(answer.citations()).as(question).isEmpty();
      assertThat(answer.answer()).as(question).contains("Not found in the episodes");
    }
  }

  @Test
  void theConversationIdIsKeptOrCreated() {
    assertThat(pipeline.answers().answer(Question.of("What is grokking?")).conversationId())
        .startsWith("c-");
    assertThat(
            pipeline
                .answers()
                .answer(Question.of("What is grokking?").withConversationId("c-mine"))
                .conversationId())
        .isEqualTo("c-mine");
  }

  @Test
  void theStreamReceivesTheWholeAnswerText() {
    List<String> pieces = new ArrayList<>();

    Answer answer = pipeline.answers().answer(Question.of("What is grokking?"), pieces::add);

    assertThat(String.join("", pieces)).isEqualTo(answer.answer());
  }

  @Test
  void emptyAndOverlongQuestionsAreRejectedBeforeRetrieval() {
    assertThatThrownBy(() -> Question.of("   "))
        .isInstanceOf(InvalidQuestionException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> Question.of("x".repeat(Question.MAX_LENGTH + 1)))
        .isInstanceOf(InvalidQuestionException.class)
        .hasMessageContaining("2000");
  }

  private static List<Integer> momentsOf(Episode episode, List<Segment> transcript) {
    List<Integer> moments = new ArrayList<>();
    episode.chapters().forEach(c -> moments.add(c.startSeconds()));
    episode.references().forEach(r -> moments.add(r.startSeconds()));
    transcript.forEach(s -> moments.add((int) s.startSeconds()));
    return moments;
  }

  @Test
  void aParaphraseOfAnExperimentTheNotesDescribeIsAnswered() {
    Answer answer =
        pipeline.answers().answer(Question.of("What did Neel say about the Golden Gate Bridge?"));

    assertThat(answer.answered()).isTrue();
    assertThat(answer.citations().get(0).quote()).contains("Golden Gate");
  }

  @Test
  void aWhatIsQuestionGetsTheSentenceThatExplainsNotOnlyAChapterTitle() {
    Answer answer = pipeline.answers().answer(Question.of("What is grokking?"));

    assertThat(answer.citations())
        .anySatisfy(c -> assertThat(c.quote().toLowerCase()).contains("groking is"));
  }

  @Test
  void answersSpeakInOneVoiceEpisodeByEpisodeWithoutLeaningOnAnotherPassage() {
    for (String question :
        List.of(
            "What is superposition?", "Who are the guests from Goodfire?", "What is grokking?")) {
      Answer answer = pipeline.answers().answer(Question.of(question));

      assertThat(answer.answer()).as(question).startsWith("In *");
      assertThat(answer.citations())
          .as(question)
          .allSatisfy(c -> assertThat(QuoteText.leans(c.quote())).isFalse());
      assertThat(
              answer.citations().stream()
                  .map(c -> c.episodeId() + "@" + c.startSeconds() + c.quote()))
          .as(question)
          .doesNotHaveDuplicates();
    }
  }
}
