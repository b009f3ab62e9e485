package dev.podcastqa.eval;

import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Citation;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-made answers for the eval tests: citations of an episode at a second or untimed, numbered in
 * the order given. The one place these tests build citations, so a change to the contract's records
 * is one edit here.
 */
final class Answers {

  private Answers() {}

  /** A cited passage of {@code episode} starting at {@code second}. */
  static Citation at(String episode, int second) {
    return new Citation(
        1,
        episode,
        "Title of " + episode,
        "Podcast",
        second,
        String.format("%02d:%02d:%02d", second / 3600, second / 60 % 60, second % 60),
        "https://example.org/" + episode + "#t=" + second,
        "/episodes/" + episode + "?t=" + second,
        "a quote");
  }

  /** A cited passage of {@code episode} with no time (untimed show notes): sent as second 0. */
  static Citation untimed(String episode) {
    return new Citation(
        1,
        episode,
        "Title of " + episode,
        "Podcast",
        0,
        null,
        "https://example.org/" + episode,
        "/episodes/" + episode,
        "a quote");
  }

  static Answer answered(Citation... citations) {
    List<Citation> numbered = new ArrayList<>();
    for (Citation c : citations) {
      numbered.add(c.renumbered(numbered.size() + 1));
    }
    return new Answer("an answer", true, Answer.EXTRACTIVE, null, numbered, null);
  }

  static Answer refused() {
    return new Answer(
        "Not found in the episodes.", false, Answer.EXTRACTIVE, null, List.of(), null);
  }
}
