package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Timing lines are read by hand as the regular expressions they were read with before: the same
 * spans for the same lines, valid or not.
 */
class CueTimingTests {

  private static final Pattern LINE = Pattern.compile("^\\s*(\\S+?)\\s*-->\\s*(\\S+)(?:\\s.*)?$");
  private static final Pattern TIME =
      Pattern.compile("(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?");

  /** Pieces timing lines are made of here, well-formed and not. */
  private static final String[] PIECES = {
    "00",
    "0",
    "1",
    "59",
    "60",
    "123",
    "1234",
    ":",
    ":",
    ".",
    ",",
    "5",
    "250",
    "-->",
    " ",
    "\t",
    "a",
    "align:start",
    "\r",
    "٣"
  };

  @Test
  void readsWebVttAndSrtTimings() {
    assertThat(CueTiming.parse("01:02.500 --> 00:01:04,000 align:start"))
        .contains(new CueTiming.Span(62.5, 64));
    assertThat(CueTiming.parse("00:00:02,31-->00:00:03")).contains(new CueTiming.Span(2.31, 3));
    assertThat(CueTiming.parse("1:02 --> x")).isEmpty();
    assertThat(CueTiming.time("100:59:59.999")).hasValue(363599.999);
    assertThat(CueTiming.time("1:60:00")).isEmpty();
  }

  @Test
  void generatedLinesReadAsTheRegularExpressionsReadThem() {
    Random random = new Random(1625);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder line = new StringBuilder();
      int pieces = 1 + random.nextInt(9);
      for (int p = 0; p < pieces; p++) {
        line.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = line.toString();
      assertThat(CueTiming.parse(text)).as(text).isEqualTo(byRegex(text));
    }
  }

  @Test
  void wellFormedTimesReadAsTheRegularExpressionReadsThem() {
    Random random = new Random(16);
    for (int i = 0; i < 20_000; i++) {
      String text =
          (random.nextBoolean() ? random.nextInt(1200) + ":" : "")
              + random.nextInt(70)
              + ":"
              + random.nextInt(100)
              + (random.nextBoolean()
                  ? (random.nextBoolean() ? "." : ",") + random.nextInt(2000)
                  : "");
      assertThat(CueTiming.time(text)).as(text).isEqualTo(timeByRegex(text));
    }
  }

  private static Optional<CueTiming.Span> byRegex(String line) {
    Matcher m = LINE.matcher(line);
    if (!m.matches()) {
      return Optional.empty();
    }
    OptionalDouble start = timeByRegex(m.group(1));
    OptionalDouble end = timeByRegex(m.group(2));
    if (start.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CueTiming.Span(start.getAsDouble(), end.getAsDouble()));
  }

  private static OptionalDouble timeByRegex(String text) {
    Matcher m = TIME.matcher(text.strip());
    if (!m.matches()) {
      return OptionalDouble.empty();
    }
    int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
    int minutes = Integer.parseInt(m.group(2));
    int seconds = Integer.parseInt(m.group(3));
    if (seconds > 59 || (m.group(1) != null && minutes > 59)) {
      return OptionalDouble.empty();
    }
    int millis = m.group(4) == null ? 0 : Integer.parseInt((m.group(4) + "00").substring(0, 3));
    return OptionalDouble.of(((hours * 3600L + minutes * 60L + seconds) * 1000 + millis) / 1000.0);
  }
}
