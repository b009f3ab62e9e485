package dev.podcastqa.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTests {

  @Test
  void aUnixTimeInMillisecondsOrSecondsIsItsDayInUtc() {
    // Syntax's show notes: "date: 1611583200813" for episode 321, 25 January 2021
    assertThat(Dates.parse("1611583200813")).contains(LocalDate.of(2021, 1, 25));
    assertThat(Dates.parse("1611583200")).contains(LocalDate.of(2021, 1, 25));
  }

  @Test
  void aNumberThatIsNoPlausibleUnixTimeIsNoDate() {
    assertThat(Dates.parse("9999999999")).isEmpty();
    assertThat(Dates.parse("12345")).isEmpty();
    assertThat(Dates.parse("16115832008131")).isEmpty();
  }

  @Test
  void writtenDatesStillRead() {
    assertThat(Dates.parse("2023-06-18")).contains(LocalDate.of(2023, 6, 18));
    assertThat(Dates.parse("Dec 7, 2024")).contains(LocalDate.of(2024, 12, 7));
  }
}
