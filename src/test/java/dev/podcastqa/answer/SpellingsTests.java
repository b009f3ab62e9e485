package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.retrieve.QueryTerms;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SpellingsTests {

  private final QueryTerms terms = new QueryTerms();
  private final QuoteText text = new QuoteText(terms);

  @AfterEach
  void close() {
    terms.close();
  }

  @Test
  void eachSideOfTheAtlanticsSpellingHasTheOther() {
    assertThat(Spellings.variants("colour")).contains("color");
    assertThat(Spellings.variants("behaviour")).contains("behavior");
    assertThat(Spellings.variants("favorite")).contains("favourite");
    assertThat(Spellings.variants("organised")).contains("organized");
    assertThat(Spellings.variants("analyze")).contains("analyse");
    assertThat(Spellings.variants("centre")).contains("center");
    assertThat(Spellings.variants("catalogue")).contains("catalog");
    assertThat(Spellings.variants("your")).isEmpty();
    assertThat(Spellings.variants("four")).isEmpty();
  }

  @Test
  void aWordIsRespelledAsTheIndexSpellsItMoreOften() {
    String question = "Which tools check colour contrast?";
    Set<String> asked = terms.of("tools check colour contrast");
    Map<String, Double> rarity = new HashMap<>();
    rarity.put(only("colour"), 7.8);
    rarity.put(only("color"), 3.1);

    Spellings.Respelled spelled = Spellings.asIndexed(question, asked, text, looked -> rarity);

    assertThat(spelled.question()).isEqualTo("Which tools check color contrast?");
    assertThat(spelled.terms()).contains(only("color")).doesNotContain(only("colour"));
  }

  @Test
  void aWordTheIndexUsesMoreThanItsOtherSpellingStaysAsAsked() {
    String question = "Which tools check colour contrast?";
    Set<String> asked = terms.of("tools check colour contrast");
    Map<String, Double> rarity = Map.of(only("colour"), 3.1, only("color"), 7.8);

    Spellings.Respelled spelled = Spellings.asIndexed(question, asked, text, looked -> rarity);

    assertThat(spelled.question()).isEqualTo(question);
    assertThat(spelled.terms()).isEqualTo(asked);
  }

  private String only(String word) {
    return terms.of(word).iterator().next();
  }
}
