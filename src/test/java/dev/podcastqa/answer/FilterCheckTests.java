package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Transcripts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The filter check over a catalog with no episodes, where only filters may be refused. */
class FilterCheckTests {

  private final Catalog empty = new Catalog(List.of(), Transcripts.NONE);

  @Test
  void questionWithoutFiltersIsNeverRefusedForItsFilters() {
    Question question = new Question("What is grokking?", null, null, null, null, null);

    assertThat(FilterCheck.check(question, empty)).isEmpty();
  }

  @Test
  void podcastNoEpisodeNamesIsRefusedNamingIt() {
    Question question = new Question("What is grokking?", null, null, "Hard Fork", null, null);

    assertThat(FilterCheck.check(question, empty))
        .hasValueSatisfying(
            refusal -> {
              assertThat(refusal.field()).isEqualTo("podcast");
              assertThat(refusal.detail())
                  .isEqualTo("No podcast is named \"Hard Fork\": no episode names its podcast.");
            });
  }
}
