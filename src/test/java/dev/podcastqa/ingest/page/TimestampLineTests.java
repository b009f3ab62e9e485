package dev.podcastqa.ingest.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampLineTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[00:49:26] Grokking | 2966 | Grokking",
        "(01:05:02) Dark Matter | 3902 | Dark Matter",
        "(04:44) Introduction and Welcome | 284 | Introduction and Welcome",
        "1:23:45 - Open problems | 5025 | Open problems",
        "00:00 Intro | 0 | Intro",
        "12:30 – Training the dictionary | 750 | Training the dictionary",
        "12:30 — Em dash | 750 | Em dash",
        "[00:00:00]: Colon after the time | 0 | Colon after the time",
        "• 00:03:15 Bulleted | 195 | Bulleted",
      })
  void everyWrittenFormGivesItsSecondAndTitle(String line, int seconds, String title) {
    assertThat(TimestampLine.parse(line)).contains(new TimestampLine(seconds, title));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "04:10:00",
        "[00:35:00]",
        "12:30pm lunch with the guest",
        "In 2023 the lab published 12:30 of footage",
        "(12:75) Not a time",
        "Podcast: 12:30 Club"
      })
  void linesWithoutALeadingTimeAndTitleAreNotTimestamped(String line) {
    assertThat(TimestampLine.parse(line)).isEmpty();
  }
}
