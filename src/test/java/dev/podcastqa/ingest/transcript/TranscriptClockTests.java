package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TranscriptClockTests {

  @Test
  void minutesPastNinetyNineWithoutHoursAreATime() {
    // stratomercata's episode001_assemblyai_opus.md ends "[116:14] Alrighty."
    TranscriptLine line = TranscriptLine.parse(7, "[116:14] Alrighty.");

    assertThat(line.isTimed()).isTrue();
    assertThat(line.start()).isEqualTo(6974.0);
    assertThat(line.text()).isEqualTo("Alrighty.");
    assertThat(TranscriptClock.seconds("100:00.5")).hasValue(6000.5);
  }

  @Test
  void theOtherClocksReadAsBefore() {
    assertThat(TranscriptClock.seconds("1:56:14")).hasValue(6974.0);
    assertThat(TranscriptClock.seconds("99:59")).hasValue(5999.0);
    assertThat(TranscriptClock.seconds("1h02m03s")).hasValue(3723.0);
    assertThat(TranscriptClock.seconds("116:60")).isEmpty();
    assertThat(TranscriptLine.parse(1, "1000:00 is no time").isTimed()).isFalse();
  }
}
