package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A speaker's head alone on its line in the shapes the bitcointranscripts repository's 1,190
 * Markdown transcripts write (counted in its snapshot, SWEEP.md) and their near kin: each is a
 * timed line naming the speaker at its second, with no text of its own.
 */
class SpeakerHeadTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Casey Rodarmor – 00:03:18:|Casey Rodarmor|198",
        "Casey Rodarmor  – 00:03:18:|Casey Rodarmor|198",
        "Casey Rodarmor - 00:03:18:|Casey Rodarmor|198",
        "Casey Rodarmor- 00:03:18:|Casey Rodarmor|198",
        "Casey Rodarmor — 00:03:18|Casey Rodarmor|198",
        "Stephan 00:00:00:|Stephan|0",
        "Stephan 01:00:51:|Stephan|3651",
        "Jane Doe 1:02:03|Jane Doe|3723",
        "Speaker 0 00:01:02|Speaker 0|62",
        "Speaker 0: 00:01:02|Speaker 0|62",
        "Aaron van Wirdum:00:01:02|Aaron van Wirdum|62",
        "Jonas Nick : 00:01:02|Jonas Nick|62",
        "**Samir Menon:** 00:00:05|Samir Menon|5",
        "**Jonas Nick** 00:00:05|Jonas Nick|5",
        "[Audience]: 00:36:25|Audience|2185",
        "Jane Doe - [00:01:02]|Jane Doe|62",
        "Jane Doe (01:02):|Jane Doe|62",
        "0xB10C: 00:00:15|0xB10C|15",
        "0xB10C : 00:00:15|0xB10C|15",
      })
  void aNameAndAClockAloneOpenATurnAtThatSecond(String line, String speaker, double second) {
    TranscriptLine read = TranscriptLine.parse(1, line);

    assertThat(read.isTimed()).isTrue();
    assertThat(read.speaker()).isEqualTo(speaker);
    assertThat(read.start()).isEqualTo(second);
    assertThat(read.text()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We met again at 10:30",
        "The talk starts at 10:30:",
        "Ratio 3:2 - 10:30",
        "- 00:03:18:",
      })
  void proseEndingInATimeIsNoHead(String line) {
    TranscriptLine read = TranscriptLine.parse(1, line);

    assertThat(read.isTimed() && read.speaker() != null).isFalse();
  }
}
