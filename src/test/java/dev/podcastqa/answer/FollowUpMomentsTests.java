package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.testing.TestConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Follow-ups as listeners asked them (probe36a, probe36b), in extractive mode through the real
 * pipeline, over short real excerpts ({@code answer/follow-ups-SOURCES.md}): a follow-up that leans
 * on the conversation stays in its episode, and one that asks what came next or why moves from the
 * moment cited before instead of citing it again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpMomentsTests {

  private static final String TAILSCALE = "xe-iaso-on-tailscale";
  private static final String BEAR_WHALE = "How did the bear whale game SigmaUSD?";

  private final Pipeline pipeline =
      new Application(
              TestConfig.of(
                  Path.of("src/test/resources/answer/follow-ups"),
                  Path.of("target/test-index/follow-up-moments")))
          .open();

  @AfterAll
  void close() {
    pipeline.close();
  }

  @Test
  void aFollowUpThatLeansOnTheConversationStaysInItsEpisode() {
    ask("What are the DERP servers in Tailscale?", "c-derp");
    ask("Can Tailscale see what passes through them?", "c-derp");

    // The probe's "And where are they hosted?" finds the Tailscale episode alone too, since the
    // STRATO excerpt is read as turns; "who hosted them" alone finds STRATO's "Microsoft hosted".
    Answer answer = ask("And who hosted them?", "c-derp");

    assertThat(answer.answered()).isTrue();
    assertThat(answer.citations()).allSatisfy(c -> assertThat(c.episodeId()).isEqualTo(TAILSCALE));
  }

  @Test
  void theSameQuestionAloneIsAnsweredFromAnotherShow() {
    // What the follow-up above stays away from: asked alone, "they" are Microsoft's meetings.
    Answer answer = pipeline.answers().answer(Question.of("And who hosted them?"));

    assertThat(answer.citations()).isNotEmpty();
    assertThat(answer.citations().get(0).episodeId()).isNotEqualTo(TAILSCALE);
  }

  @Test
  void aFollowUpThatNamesAnotherTopicIsAnsweredFromIt() {
    ask("What are the DERP servers in Tailscale?", "c-new-topic");

    Answer answer = ask("And what about the bear whale and SigmaUSD?", "c-new-topic");

    assertThat(answer.citations()).isNotEmpty();
    assertThat(answer.citations().get(0).episodeId()).isNotEqualTo(TAILSCALE);
  }

  @Test
  void whatCameNextCitesALaterMomentOfTheSameEpisode() {
    Answer first = ask(BEAR_WHALE, "c-next");
    Citation moment = first.citations().get(0);
    int latest =
        first.citations().stream()
            .filter(c -> c.timed() && c.episodeId().equals(moment.episodeId()))
            .mapToInt(Citation::startSeconds)
            .max()
            .orElseThrow();

    Answer next = ask("and what did he say after that?", "c-next");

    assertThat(next.answered()).isTrue();
    assertThat(next.citations())
        .allSatisfy(
            c -> {
              assertThat(c.episodeId()).isEqualTo(moment.episodeId());
              assertThat(c.startSeconds()).isGreaterThan(latest);
            });
  }

  @Test
  void whyDoesNotRepeatThePreviousAnswer() throws Exception {
    Answer first = ask(BEAR_WHALE, "c-why");

    Answer why = ask("why?", "c-why");

    assertThat(why.answer()).isNotEqualTo(first.answer());
    if (why.answered()) {
      assertThat(why.citations())
          .noneSatisfy(
              c ->
                  assertThat(first.citations())
                      .anySatisfy(
                          p -> {
                            assertThat(p.episodeId()).isEqualTo(c.episodeId());
                            assertThat(p.startSeconds()).isEqualTo(c.startSeconds());
                          }));
    } else {
      assertThat(why.answer())
          .isEqualTo(Files.readString(Path.of("prompts/follow-up-nothing-new.txt")).strip());
    }
  }

  private Answer ask(String text, String conversationId) {
    return pipeline.answers().answer(Question.of(text).withConversationId(conversationId));
  }
}
