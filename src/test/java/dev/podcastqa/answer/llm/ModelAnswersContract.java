package dev.podcastqa.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Citation;
import dev.podcastqa.answer.Question;
import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.config.Setting;
import dev.podcastqa.testing.FakeModelServer;
import dev.podcastqa.testing.FakeModelServer.Reply;
import dev.podcastqa.testing.LogCapture;
import dev.podcastqa.testing.PromptPassages;
import dev.podcastqa.testing.TestConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Generated answers through the real pipeline (the web test corpus, in-process embeddings, Lucene,
 * the relevance gate) and LangChain4j's real clients, talking HTTP to a scripted fake model.
 * Subclasses choose the wire protocol; every scenario runs against each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ModelAnswersContract {

  static final Path CORPUS = Path.of("src/test/resources/web/corpus");
  static final String GROKKING = "What is grokking?";

  FakeModelServer model;
  Pipeline pipeline;

  abstract FakeModelServer startModel();

  abstract String provider();

  @BeforeAll
  void open() {
    model = startModel();
    Map<Setting, String> llm =
        Map.of(
            Setting.LLM,
            provider(),
            Setting.LLM_BASE_URL,
            model.baseUrl(),
            Setting.LLM_MODEL,
            "fake-model",
            Setting.LLM_TIMEOUT_SECONDS,
            "2");
    Path index = Path.of("target/test-index/llm-" + provider());
    pipeline = new Application(TestConfig.of(CORPUS, index, llm)).open();
  }

  @AfterAll
  void close() {
    pipeline.close();
    model.close();
  }

  @BeforeEach
  void quoteThePassagesByDefault() {
    model.reset();
    model.otherwise(request -> Reply.text(PromptPassages.of(request).quoting(1, 2)));
  }

  @Test
  void answerCitesThePassagesItsMarkersNameWithTheirOwnTimes() {
    model.then(Reply.text("Grokking is this wild phenomenon at 01:23:45 [1]. It is odd [2]."));

    Answer answer = ask(GROKKING);

    PromptPassages sent = PromptPassages.of(model.requests().get(0));
    assertThat(answer.mode()).isEqualTo(Answer.Mode.LLM);
    assertThat(answer.answered()).isTrue();
    // 01:23:45 is in no passage: a time the model made up is not shown.
    assertThat(answer.answer()).startsWith("Grokking is this wild phenomenon [1].");
    Citation first = answer.citations().get(0);
    assertThat(first.timestamp()).as("from the passage, not the text").isEqualTo(sent.time(1));
    assertThat(first.url()).contains("t=" + first.startSeconds());
    assertThat(first.quote()).isEqualTo(sent.text(1));
    assertThat(model.messages(0).get(0)).contains("numbered passages");
    assertThat(model.messages(0).get(1)).contains("Question: " + GROKKING).contains("[1] \"");
  }

  @Test
  void goodAnswerQuotingTwoPassagesHasTwoCitations() {
    Answer answer = ask(GROKKING);

    assertThat(answer.citations()).extracting(Citation::n).containsExactly(1, 2);
    assertThat(answer.answer()).contains("[1]").contains("[2]");
    assertThat(answer.notice()).isNull();
    assertThat(model.requests().get(0).path("stream").asBoolean(false)).isFalse();
  }

  @Test
  void markerNamingNoPassageIsRemovedAndIsNoCitation() {
    model.otherwise(
        request -> Reply.text(PromptPassages.of(request).quoting(1) + " It is well known [7]."));
    SupportTally before = pipeline.citationAudit().tally();

    Answer answer = ask(GROKKING);

    // The sentence's only marker named no passage, so the sentence goes with it.
    assertThat(answer.answer()).doesNotContain("[7]", "well known");
    assertThat(answer.citations()).hasSize(1);
    assertThat(pipeline.citationAudit().tally().minus(before).invalid()).isEqualTo(1);
  }

  @Test
  void citationItsPassageDoesNotSupportIsDroppedAndCounted() {
    model.otherwise(
        request ->
            Reply.text(
                PromptPassages.of(request).quoting(1) + " The moon is made of green cheese [2]."));
    SupportTally before = pipeline.citationAudit().tally();

    Answer answer = ask(GROKKING);

    assertThat(answer.answer()).endsWith("The moon is made of green cheese.");
    assertThat(answer.citations()).hasSize(1);
    SupportTally counted = pipeline.citationAudit().tally().minus(before);
    assertThat(counted.supported()).isEqualTo(1);
    assertThat(counted.dropped()).isEqualTo(1);
  }

  @Test
  void replyCitingNothingSupportedIsARefusal() {
    model.then(Reply.text("The episodes do not say."));

    Answer answer = ask(GROKKING);

    assertThat(answer.answered()).isFalse();
    assertThat(answer.citations()).isEmpty();
    assertThat(answer.answer()).startsWith("Not found in the episodes");
    assertThat(answer.mode()).isEqualTo(Answer.Mode.LLM);
  }

  @Test
  void questionTheCorpusCannotAnswerNeverReachesTheModel() {
    Answer answer = ask("Who won the 1966 World Cup?");

    assertThat(answer.answered()).isFalse();
    assertThat(model.requests()).isEmpty();
  }

  @Test
  void rateLimitedCallIsRetriedOnce() {
    model.then(Reply.status(429));

    Answer answer = ask(GROKKING);

    assertThat(answer.mode()).isEqualTo(Answer.Mode.LLM);
    assertThat(answer.notice()).isNull();
    assertThat(model.requests()).hasSize(2);
  }

  @Test
  void rateLimitedTwiceFallsBackToExtractiveWithANotice() {
    model.then(Reply.status(429), Reply.status(429));

    Answer answer = askLogging(GROKKING, "The model failed (RateLimitException: ", "429");

    assertThat(answer.mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
    assertThat(answer.answered()).isTrue();
    assertThat(answer.citations()).isNotEmpty();
    assertThat(answer.notice()).contains("429").contains("quotes the episodes");
    assertThat(model.requests()).as("one call and one retry").hasSize(2);
  }

  @Test
  void serverErrorTwiceFallsBackToExtractiveWithANotice() {
    model.then(Reply.status(503), Reply.status(500));

    Answer answer = askLogging(GROKKING, "The model failed (InternalServerException: ", "500");

    assertThat(answer.mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
    assertThat(answer.notice()).contains("server failed");
    assertThat(model.requests()).hasSize(2);
  }

  @Test
  void replySlowerThanTheTimeoutFallsBackToExtractiveWithinIt() {
    model.then(
        Reply.slow(Duration.ofSeconds(6), "late"), Reply.slow(Duration.ofSeconds(6), "late"));
    long start = System.nanoTime();

    Answer answer =
        askLogging(GROKKING, "The model failed (no whole reply from the model within 2000 ms)");

    assertThat(answer.mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
    assertThat(answer.notice()).contains("did not answer in time");
    assertThat(model.requests()).as("the timeout bounds the answer, retry included").hasSize(1);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(4500));
  }

  @Test
  void streamedAnswerArrivesInPiecesThatJoinToTheAnswer() {
    List<String> pieces = new CopyOnWriteArrayList<>();

    Answer answer = pipeline.answers().answer(Question.of(GROKKING), pieces::add);

    assertThat(model.requests().get(0).path("stream").asBoolean()).isTrue();
    assertThat(answer.mode()).isEqualTo(Answer.Mode.LLM);
    assertThat(pieces.size()).as("a piece per sentence").isGreaterThan(1);
    assertThat(String.join("", pieces)).isEqualTo(answer.answer());
  }

  @Test
  void streamFailingBeforeItsFirstPieceIsRetriedOnce() {
    model.then(Reply.status(503));
    List<String> pieces = new CopyOnWriteArrayList<>();

    Answer answer = pipeline.answers().answer(Question.of(GROKKING), pieces::add);

    assertThat(answer.mode()).isEqualTo(Answer.Mode.LLM);
    assertThat(String.join("", pieces)).isEqualTo(answer.answer());
    assertThat(model.requests()).hasSize(2);
  }

  @Test
  void streamStallingMidAnswerFallsBackWithoutARetry() {
    model.then(Reply.trickle(List.of("Grokking ", "is ", "wild"), Duration.ofSeconds(5)));
    List<String> pieces = new CopyOnWriteArrayList<>();

    Answer answer;
    try (LogCapture log = LogCapture.silencing(LlmAnswerer.class)) {
      answer = pipeline.answers().answer(Question.of(GROKKING), pieces::add);
      assertOneWarning(log, "The model failed (no whole reply from the model within 2000 ms)");
    }

    assertThat(answer.mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
    assertThat(answer.notice()).contains("did not answer in time");
    assertThat(model.requests()).as("text had arrived, so no retry").hasSize(1);
  }

  @Test
  void followUpIsRewrittenThroughTheCondensePromptBeforeRetrieval() {
    String conversation = "c-follow-" + provider();
    ask(GROKKING, conversation);
    model.then(Reply.text("When did Neel Nanda call grokking a wild phenomenon?"));

    Answer answer = ask("When did he say that?", conversation);

    assertThat(model.requests()).hasSize(3);
    List<String> condense = model.messages(1);
    assertThat(condense).hasSize(1);
    assertThat(condense.get(0))
        .contains("Listener: " + GROKKING)
        .contains("Answer: ")
        .contains("Their next question: When did he say that?")
        .doesNotContain("[1]");
    assertThat(model.messages(2).get(1))
        .contains("Question: When did Neel Nanda call grokking a wild phenomenon?");
    assertThat(answer.mode()).isEqualTo(Answer.Mode.LLM);
    assertThat(answer.conversationId()).isEqualTo(conversation);
  }

  @Test
  void followUpKeepsThePreviousQuestionAsContextWhenRewritingFails() {
    String conversation = "c-context-" + provider();
    ask(GROKKING, conversation);
    model.then(Reply.status(404));

    Answer answer;
    try (LogCapture log = LogCapture.silencing(LlmAnswerer.class)) {
      answer = ask("When did he say that?", conversation);
      assertOneWarning(
          log,
          "Could not rewrite a follow-up (ModelNotFoundException: ",
          "404",
          "searching with the previous question");
    }

    assertThat(model.messages(2).get(1))
        .contains("Question: " + GROKKING + " When did he say that?");
    assertThat(answer.answered()).isTrue();
  }

  private Answer ask(String text) {
    return pipeline.answers().answer(Question.of(text));
  }

  /** Asks {@code text} where the model fails on purpose, and asserts the one line it logs. */
  private Answer askLogging(String text, String... words) {
    try (LogCapture log = LogCapture.silencing(LlmAnswerer.class)) {
      Answer answer = ask(text);
      assertOneWarning(log, words);
      return answer;
    }
  }

  /** A model's failure is one warning from LlmAnswerer, never a stack trace. */
  private static void assertOneWarning(LogCapture log, String... words) {
    assertThat(log.lines(Level.WARN))
        .singleElement()
        .asString()
        .startsWith("WARN LlmAnswerer: ")
        .contains(words);
    assertThat(log.withStackTraces()).isEmpty();
  }

  private Answer ask(String text, String conversationId) {
    return pipeline.answers().answer(Question.of(text).withConversationId(conversationId));
  }
}
