package dev.podcastqa.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which words name something specific: behaviour relative to the vocabulary's ranks and the word
 * lists, not the exact cut-off, which may be retuned.
 */
class WordRarityTests {

  private static final WordRarity SHIPPED = WordRarity.load();

  @Test
  void everydayWordsAreNotSpecificAndTechnicalOrUnseenOnesAre() {
    for (String everyday : List.of("people", "think", "question", "money", "world", "people")) {
      assertThat(SHIPPED.isSpecific(everyday)).as(everyday).isFalse();
    }
    for (String specific : List.of("superposition", "grokking", "interpretability")) {
      assertThat(SHIPPED.isSpecific(specific)).as(specific).isTrue();
    }
    // In no vocabulary at all.
    assertThat(SHIPPED.isSpecific("zanzibarian")).isTrue();
    assertThat(SHIPPED.isSpecific("qwxzyk")).isTrue();
  }

  @Test
  void aWordIsSpecificFromTheEverydayRankOnAndNotBefore() {
    Map<String, Integer> ranks = new HashMap<>();
    ranks.put("common", 1);
    ranks.put("lastcommon", WordRarity.EVERYDAY_RANK - 1);
    ranks.put("firstrare", WordRarity.EVERYDAY_RANK);
    ranks.put("rarer", WordRarity.EVERYDAY_RANK * 2);
    WordRarity rarity = new WordRarity(ranks, Set.of());

    assertThat(rarity.isSpecific("common")).isFalse();
    assertThat(rarity.isSpecific("lastcommon")).isFalse();
    assertThat(rarity.isSpecific("firstrare")).isTrue();
    assertThat(rarity.isSpecific("rarer")).isTrue();
    assertThat(rarity.isSpecific("unranked")).isTrue();
  }

  @Test
  void questionWordsAreNeverSpecificHoweverRare() {
    WordRarity rarity = new WordRarity(Map.of(), Set.of("referenced"));

    assertThat(rarity.isQuestionWord("referenced")).isTrue();
    assertThat(rarity.isSpecific("referenced")).isFalse();
    assertThat(rarity.isQuestionWord("superposition")).isFalse();
  }

  @Test
  void theShippedQuestionWordsFrameAQuestionRatherThanATopic() {
    for (String word : List.of("episode", "guest", "discussed", "explain")) {
      assertThat(SHIPPED.isQuestionWord(word)).as(word).isTrue();
      assertThat(SHIPPED.isSpecific(word)).as(word).isFalse();
    }
    assertThat(SHIPPED.isQuestionWord("grokking")).isFalse();
  }

  @Test
  void wordsTooShortToNameAnythingAreNotSpecific() {
    WordRarity rarity = new WordRarity(Map.of(), Set.of());

    assertThat(rarity.isSpecific("")).isFalse();
    assertThat(rarity.isSpecific("x")).isFalse();
    assertThat(rarity.isSpecific("qz")).isFalse();
    assertThat(rarity.isSpecific("qzx")).isTrue();
  }

  @Test
  void yearsAndLongNumbersAreSpecificButSmallNumbersAreNot() {
    WordRarity rarity = new WordRarity(Map.of(), Set.of());

    assertThat(rarity.isSpecific("2023")).isTrue();
    assertThat(rarity.isSpecific("123456")).isTrue();
    assertThat(rarity.isSpecific("100")).isFalse();
    assertThat(rarity.isSpecific("42")).isFalse();
  }
}
