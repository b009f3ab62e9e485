package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.testing.TestConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Follow-up questions in extractive mode, through the real pipeline over the web test corpus: the
 * previous question of the conversation supplies the context a follow-up lacks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpTests {

  private static final String FOLLOW_UP = "When did he say that?";

  private final Pipeline pipeline =
      new Application(
              TestConfig.of(
                  Path.of("src/test/resources/web/corpus"),
                  Path.of("target/test-index/follow-ups")))
          .open();

  @AfterAll
  void close() {
    pipeline.close();
  }

  @Test
  void followUpIsAnsweredFromThePreviousQuestionOfItsConversation() {
    ask("What is grokking?", "c-grokking");

    Answer answer = ask(FOLLOW_UP, "c-grokking");

    assertThat(answer.mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
    assertThat(answer.answered()).isTrue();
    assertThat(answer.citations()).anySatisfy(c -> assertThat(c.startSeconds()).isEqualTo(2966));
  }

  /**
   * Each follow-up that leans on the conversation is searched joined to the turn before it, and
   * that joined text is what the next follow-up is joined to: kept whole, a conversation's text
   * grew by a question on every turn, with its memory and each search's work.
   */
  @Test
  void aChainOfFollowUpsKeepsAQuestionsLengthOfTextPerTurn() {
    ask("What is grokking?", "c-chain");
    String followUp = "And what did he say about that? " + "because ".repeat(200);

    // Three, so every turn is still in the conversation's memory (six turns).
    for (int i = 0; i < 3; i++) {
      ask(followUp.strip(), "c-chain");
    }

    List<Turn> turns = pipeline.conversations().history("c-chain");
    assertThat(turns)
        .as("follow-ups were searched joined to the turn before them")
        .anySatisfy(t -> assertThat(t.standalone()).hasSizeGreaterThan(followUp.length()));
    assertThat(turns)
        .allSatisfy(t -> assertThat(t.standalone()).hasSizeLessThanOrEqualTo(Question.MAX_LENGTH));
  }

  @Test
  void sameFollowUpWithoutAConversationIsRefused() {
    Answer answer = pipeline.answers().answer(Question.of(FOLLOW_UP));

    assertThat(answer.answered()).isFalse();
  }

  @Test
  void questionThatStandsAloneIsNotMixedWithThePreviousOne() {
    ask("What is grokking?", "c-topics");

    Answer answer = ask("How do attackers hide instructions in web pages?", "c-topics");

    assertThat(answer.citations().get(0).episodeId()).isEqualTo("prompt-injection-in-the-wild");
  }

  @Test
  void aFollowUpThatChangesTopicExplicitlyIsAnsweredFromTheNewTopic() {
    ask("How do attackers hide instructions in web pages?", "c-new-topic");

    Answer answer = ask("And what about grokking?", "c-new-topic");

    assertThat(answer.answered()).isTrue();
    assertThat(answer.citations().get(0).episodeId()).isNotEqualTo("prompt-injection-in-the-wild");
  }

  @Test
  void anOffTopicQuestionIsNotAnsweredFromThePreviousOnesTopic() {
    ask("How do attackers hide instructions in web pages?", "c-off-topic");

    // Searched together with the previous question, each of these passed the gate and was
    // answered from the prompt-injection episode.
    assertThat(ask("What is the capital of France?", "c-off-topic").answered()).isFalse();
    assertThat(ask("How do I reset my password?", "c-off-topic").answered()).isFalse();
    assertThat(ask("What is the weather tomorrow?", "c-off-topic").answered()).isFalse();
  }

  private Answer ask(String text, String conversationId) {
    return pipeline.answers().answer(Question.of(text).withConversationId(conversationId));
  }
}
