package dev.podcastqa.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryTermsTests {

  @Test
  void aTextAnalyzedAgainGivesTheSameStemsInOrderAndEachCallerItsOwnSet() {
    try (QueryTerms terms = new QueryTerms()) {
      String text = "Why do networks generalize long after memorizing their training data?";
      Set<String> first = terms.of(text);
      assertThat(first)
          .containsExactly(
              "why", "do", "network", "gener", "long", "after", "memor", "train", "data");
      first.clear();
      first.add("changed");
      assertThat(terms.of(text))
          .containsExactly(
              "why", "do", "network", "gener", "long", "after", "memor", "train", "data");
      assertThat(terms.of(text)).isNotSameAs(terms.of(text));
    }
  }

  @Test
  void moreTextsThanAreKeptStillAnalyzeEachRight() {
    try (QueryTerms terms = new QueryTerms()) {
      for (int i = 0; i < QueryTerms.ANALYZED_KEPT + 100; i++) {
        assertThat(terms.of("episode number " + i + " of the series"))
            .containsExactly("episod", "number", String.valueOf(i), "seri");
      }
      assertThat(terms.of("episode number 3 of the series"))
          .containsExactly("episod", "number", "3", "seri");
    }
  }
}
