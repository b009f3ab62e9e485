package dev.podcastqa.ingest.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times written inside the text of a turn ({@code ... open [00:01:00] source. So ...}), as a
 * transcript edited in Descript and published as Markdown marks each minute (devtools.fm): the
 * words after the mark are said from that second on. A file uses them only when it holds at least
 * {@value #AT_LEAST} such marks after the opening words of a line; a time that opens the line is a
 * timed line's own.
 */
final class InlineMarks {

  /** Marks after a line's first words make a file of inline marks from this many on. */
  static final int AT_LEAST = 3;

  private static final Pattern MARK = Pattern.compile("\\s*\\[(\\d{1,2}:\\d{2}:\\d{2})]\\s*");

  /** The text before a mark, or between two, and the second the mark before it names. */
  record Part(OptionalDouble start, String text) {}

  private InlineMarks() {}

  /** Whether {@code lines} hold at least {@link #AT_LEAST} marks inside their text. */
  static boolean used(List<TranscriptLine> lines) {
    int marks = 0;
    for (TranscriptLine line : lines) {
      Matcher m = MARK.matcher(line.text());
      while (m.find()) {
        if (m.start() > 0 && ++marks >= AT_LEAST) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code text} cut at its marks: the first part (no start: it goes on from the time before), then
   * one part per mark, which may be empty when the mark ends the text.
   */
  static List<Part> split(String text) {
    List<Part> parts = new ArrayList<>();
    Matcher m = MARK.matcher(text);
    int from = 0;
    OptionalDouble start = OptionalDouble.empty();
    while (m.find()) {
      OptionalDouble at = CueTiming.time(m.group(1));
      if (at.isEmpty()) {
        continue;
      }
      parts.add(new Part(start, text.substring(from, m.start()).strip()));
      start = at;
      from = m.end();
    }
    parts.add(new Part(start, text.substring(from).strip()));
    return parts;
  }
}
