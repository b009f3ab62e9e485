package dev.podcastqa.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Clauses in which a speaker admits not knowing what was asked, taken out of the text the evidence
 * reads; what the speaker does say stays.
 */
class AdmittedIgnoranceTests {

  /** Early Days of Ethereum, Michael Parenti (probe36b), at 02:39. */
  private static final String PARENTI =
      "He was talking about the future of digital autonomous corporations and DAOs, right? And I"
          + " forget what the exact title of the blog post was that announced Ethereum.";

  @Test
  void anAdmittedClauseIsTakenOutToTheEndOfItsSentence() {
    String said = AdmittedIgnorance.without(PARENTI);

    assertThat(said).contains("digital autonomous corporations").doesNotContain("title");
    assertThat(said).doesNotContain("blog").doesNotContain("announced");
    assertThat(AdmittedIgnorance.admits(PARENTI)).isTrue();
  }

  @Test
  void whatFollowsTheClauseAfterACommaOrButStays() {
    assertThat(AdmittedIgnorance.without("I'm not sure exactly how many, maybe five hundred."))
        .contains("maybe five hundred")
        .doesNotContain("how many");
    assertThat(AdmittedIgnorance.without("I don’t remember when it was but it was in 2014."))
        .contains("it was in 2014")
        .doesNotContain("remember");
  }

  @Test
  void knowingAndNotKnowingSomethingElseStay() {
    String knows = "I know what the title was: Ethereum Launches.";
    assertThat(AdmittedIgnorance.without(knows)).isEqualTo(knows);
    // No asked word after it: "I don't know" alone, or about something not asked.
    String filler = "I don't know, it was a wild time for the whole team.";
    assertThat(AdmittedIgnorance.without(filler)).isEqualTo(filler);
    assertThat(AdmittedIgnorance.admits("I'm not surely the first to say it.")).isFalse();
  }
}
