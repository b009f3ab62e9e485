package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoleGuestTests {

  @Test
  void theOnePersonTheTitleNamesAndTheNotesWriteIsTheGuest() {
    Episode episode =
        episode(
            "Neel Nanda - Mechanistic Interpretability",
            "Neel Nanda explains how mechanistic interpretability reverse-engineers networks.");

    assertThat(SoleGuest.of(episode)).contains("Neel Nanda");
  }

  @Test
  void aTopicTheNotesAlsoWriteInLowerCaseIsNoOne() {
    Episode episode =
        episode(
            "Mechanistic Interpretability: Philosophy and Practice",
            "Mechanistic Interpretability is young; mechanistic interpretability needs tools.");

    assertThat(SoleGuest.of(episode)).isEmpty();
  }

  @Test
  void twoPeopleInTheTitleNameNoOneGuest() {
    Episode episode =
        episode(
            "Michael Levin Joscha Bach on The Global Mind",
            "Michael Levin and Joscha Bach talk about the global mind.");

    assertThat(SoleGuest.of(episode)).isEmpty();
  }

  @Test
  void aNameTheNotesNeverWriteIsNotTakenFromTheTitle() {
    assertThat(SoleGuest.of(episode("Todd Libby - Web Access", "A talk about the web."))).isEmpty();
  }

  @Test
  void theOpeningPronounIsReplacedByTheNameInBrackets() {
    assertThat(SoleGuest.naming("He also discusses the limitations.", "Neel Nanda"))
        .contains("[Neel Nanda] also discusses the limitations.");
    assertThat(SoleGuest.naming("His team reverse-engineers models.", "Neel Nanda"))
        .contains("[Neel Nanda]'s team reverse-engineers models.");
    assertThat(SoleGuest.naming("This means models deceive.", "Neel Nanda")).isEmpty();
    assertThat(SoleGuest.naming("Hence the name.", "Neel Nanda")).isEmpty();
  }

  private static Episode episode(String title, String notes) {
    return new Episode(
        "e", title, null, null, null, Links.NONE, List.of(), List.of(), notes, List.of());
  }
}
