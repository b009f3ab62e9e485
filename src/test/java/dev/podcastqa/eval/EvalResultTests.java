package dev.podcastqa.eval;

import static dev.podcastqa.eval.Answers.answered;
import static dev.podcastqa.eval.Answers.at;
import static dev.podcastqa.eval.Answers.refused;
import static dev.podcastqa.eval.Answers.untimed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** When one answer counts as the right episode, the right moment and a right refusal. */
class EvalResultTests {

  private static final EvalQuestion AT_100 = EvalQuestion.at("q", "a", 100);

  @Test
  void aCitationExactlyTheToleranceAwayIsOnTimeOnEitherSideAndOneSecondMoreIsNot() {
    assertThat(result(AT_100, answered(at("a", 160))).momentInTop()).isTrue();
    assertThat(result(AT_100, answered(at("a", 40))).momentInTop()).isTrue();
    assertThat(result(AT_100, answered(at("a", 161))).momentInTop()).isFalse();
    assertThat(result(AT_100, answered(at("a", 39))).momentInTop()).isFalse();
  }

  @Test
  void theQuestionsOwnToleranceIsUsed() {
    EvalQuestion tight = new EvalQuestion("q", List.of("a"), 100, 5, null, null, true);

    assertThat(result(tight, answered(at("a", 105))).momentInTop()).isTrue();
    assertThat(result(tight, answered(at("a", 106))).momentInTop()).isFalse();
  }

  @Test
  void anUntimedCitationIsNeverOnTimeForATimedAnswerEvenAtSecondZero() {
    EvalQuestion atZero = EvalQuestion.at("q", "a", 0);

    EvalResult result = result(atZero, answered(untimed("a")));

    assertThat(result.episodeAtCitation1()).isTrue();
    assertThat(result.momentInTop()).isFalse();
    assertThat(result.momentAtCitation1()).isFalse();
    assertThat(result(atZero, answered(at("a", 0))).momentInTop()).isTrue();
  }

  @Test
  void anAnswerInUntimedNotesIsOnTimeOnlyWhenCitedUntimedFromTheRightEpisode() {
    EvalQuestion notes = EvalQuestion.at("q", "a", null);

    assertThat(result(notes, answered(untimed("a"))).momentInTop()).isTrue();
    assertThat(result(notes, answered(at("a", 0))).momentInTop()).isFalse();
    assertThat(result(notes, answered(untimed("b"))).momentInTop()).isFalse();
  }

  @Test
  void theRightMomentOfAnotherEpisodeIsNotOnTime() {
    EvalResult result = result(AT_100, answered(at("b", 100)));

    assertThat(result.episodeAtCitation1()).isFalse();
    assertThat(result.momentInTop()).isFalse();
  }

  @Test
  void onlyTheFirstThreeCitationsCountForRecallAndMoment() {
    EvalResult fourth = result(AT_100, answered(at("b", 1), at("b", 2), at("b", 3), at("a", 100)));
    EvalResult third = result(AT_100, answered(at("b", 1), at("b", 2), at("a", 100)));

    assertThat(fourth.episodeInTop()).isFalse();
    assertThat(fourth.momentInTop()).isFalse();
    assertThat(third.episodeInTop()).isTrue();
    assertThat(third.momentInTop()).isTrue();
    assertThat(third.episodeAtCitation1()).isFalse();
    assertThat(third.momentAtCitation1()).isFalse();
  }

  @Test
  void aQuestionPassesWithItsEpisodeFirstAndAMomentOnTimeOrARightfulRefusal() {
    EvalQuestion nearMiss = EvalQuestion.unanswerable("q", "near-miss", List.of("a"));

    assertThat(result(AT_100, answered(at("a", 100))).passed()).isTrue();
    assertThat(result(AT_100, answered(at("a", 500), at("a", 100))).passed()).isTrue();
    assertThat(result(AT_100, answered(at("b", 100), at("a", 100))).passed()).isFalse();
    assertThat(result(AT_100, refused()).passed()).isFalse();
    assertThat(result(nearMiss, refused()).passed()).isTrue();
    assertThat(result(nearMiss, answered(at("a", 100))).passed()).isFalse();
  }

  @Test
  void anUntimedCitationHasNoCitedSecond() {
    assertThat(EvalResult.citedSecond(untimed("a"))).isNull();
    assertThat(EvalResult.citedSecond(at("a", 0))).isZero();
    assertThat(EvalResult.citedSecond(at("a", 2966))).isEqualTo(2966);
  }

  private static EvalResult result(EvalQuestion q, dev.podcastqa.answer.Answer answer) {
    return new EvalResult(q, answer, 1.0);
  }
}
