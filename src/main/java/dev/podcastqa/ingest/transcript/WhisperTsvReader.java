package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Whisper's {@code --output_format tsv}: a {@code start}, {@code end}, {@code text} header
 * line, then one tab-separated row per segment with its times in whole milliseconds ({@code
 * 13320\t26680\tHollywood, California, ...}). A time written with a decimal point is read as
 * seconds, as some scripts around Whisper write them. A row whose times cannot be read is a problem
 * naming its line, and the rows after it are still read.
 */
final class WhisperTsvReader implements CueReader {

  static final String FORMAT = "whisper-tsv";

  private static final Pattern HEADER = Pattern.compile("(?i)^start\\tend\\ttext$");
  private static final Pattern ROW = Pattern.compile("^([^\\t]*)\\t([^\\t]*)\\t(.*)$");
  private static final Pattern MILLIS = Pattern.compile("\\d{1,10}");
  private static final Pattern SECONDS = Pattern.compile("\\d{1,7}\\.\\d+");

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean recognizesContent(SourceText text) {
    List<String> lines = text.lines();
    int first = SourceText.firstFilled(lines);
    return first + 1 < lines.size()
        && HEADER.matcher(lines.get(first).strip()).matches()
        && ROW.matcher(lines.get(first + 1)).matches();
  }

  @Override
  public List<Cue> read(SourceText text, Consumer<Problem> problems) {
    List<String> lines = text.lines();
    List<Cue> cues = new ArrayList<>();
    for (int i = SourceText.firstFilled(lines) + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      Matcher row = ROW.matcher(line);
      OptionalDouble start = row.matches() ? seconds(row.group(1)) : OptionalDouble.empty();
      OptionalDouble end = row.matches() ? seconds(row.group(2)) : OptionalDouble.empty();
      if (start.isEmpty() || end.isEmpty()) {
        problems.accept(
            new Problem(
                text.location(),
                i + 1,
                "expected START<tab>END<tab>text with the times in milliseconds, got \""
                    + line.strip()
                    + "\"; skipped"));
        continue;
      }
      cues.add(new Cue(i + 1, start.getAsDouble(), end.getAsDouble(), null, row.group(3).strip()));
    }
    return cues;
  }

  private static OptionalDouble seconds(String time) {
    String t = time.strip();
    if (MILLIS.matcher(t).matches()) {
      return OptionalDouble.of(Long.parseLong(t) / 1000.0);
    }
    if (SECONDS.matcher(t).matches()) {
      return OptionalDouble.of(Double.parseDouble(t));
    }
    return OptionalDouble.empty();
  }
}
