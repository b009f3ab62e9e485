package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which known name a misspelt one is taken for, on both sides of the distance allowed. */
class UnknownNamesTests {

  private static final List<String> CHAT =
      List.of("question", "conversationId", "episodeId", "podcast", "from", "to");

  @ParameterizedTest
  @CsvSource({
    // "question" allows 1 + 8 / 4 = 3 edits
    "quest, question",
    "QUESTOIN, question",
    // "from" allows 2
    "form, from",
    "fr, from",
    // "to" allows 1
    "t, to",
    "top, to",
    "episode_id, episodeId",
    "conversation, conversationId"
  })
  void nameWithinTheDistanceIsTakenForTheNearest(String sent, String meant) {
    assertThat(UnknownNames.nearest(sent, CHAT)).hasValue(meant);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ques", "f", "toto", "q", "id", "temperature", "text"})
  void nameFurtherThanTheDistanceIsNotGuessed(String sent) {
    assertThat(UnknownNames.nearest(sent, CHAT)).isEmpty();
  }

  @Test
  void aVeryLongNameIsCutShortWhereItIsQuotedAndNeverGuessed() {
    String name = "question".repeat(1000);

    assertThat(UnknownNames.nearest(name, CHAT)).isEmpty();
    assertThatThrownBy(() -> UnknownNames.FIELDS.requireKnown(List.of(name), CHAT))
        .isInstanceOfSatisfying(
            RequestRejectedException.class,
            e -> {
              assertThat(e.body().field()).hasSize(41).endsWith("…");
              assertThat(e.getMessage()).hasSizeLessThan(200);
            });
  }

  @Test
  void moreThanFiveUnknownNamesAreCounted() {
    List<String> sent = List.of("a", "b", "c", "d", "e", "f", "g");

    assertThatThrownBy(() -> UnknownNames.FIELDS.requireKnown(sent, List.of("question")))
        .hasMessage(
            "Unknown fields \"a\", \"b\", \"c\", \"d\", \"e\" and 2 more. This address takes"
                + " question.");
  }

  @Test
  void knownNamesPass() {
    assertThatCode(
            () -> UnknownNames.QUERY_PARAMETERS.requireKnown(List.of("since"), List.of("since")))
        .doesNotThrowAnyException();
  }
}
