package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a table of timed rows, tab-separated, whose text is in the last column: an edit decision
 * list exported as text ({@code EDL\t00:01:16,773\t00:01:21,176\t| clip |\tSIMON ADLER: I'm Simon
 * Adler.}), an Audacity label track ({@code 12.500000\t15.250000\ttext}), a spreadsheet of start,
 * end and words. A row's start and end are the first two neighbouring cells that are times (a clock
 * time, or seconds written with a decimal point); a row with one time starts there and ends there.
 * A header row is skipped, and the paragraphs between it and the first timed row are the episode's
 * notes; after that, a line without times (a line break inside a text cell, or a turn the export
 * left untimed, {@code HAO FANG: [speaking Mandarin Chinese]}) is said where the row above ends.
 * {@code Name:} labels are speakers as {@link SpeakerLabels} decides them.
 */
final class TimedTableReader implements CueReader {

  static final String FORMAT = "timed-table";

  /** From the first timed row on, this many filled lines are read to recognize the table. */
  private static final int LOOKED_AT = 6;

  /** The first timed row comes within this many lines (a header and an episode's description). */
  private static final int PREAMBLE = 80;

  /** The pause an audio editor marks between rows ({@code [ SPACE 1.0 secs ]}): nobody says it. */
  private static final Pattern PAUSE =
      Pattern.compile("(?i)\\[\\s*space\\s+[\\d.]+\\s*secs?\\s*\\]");

  /**
   * Seconds with a decimal point, as Audacity writes them; whole numbers are not taken as times.
   */
  private static final Pattern DECIMAL_SECONDS = Pattern.compile("\\d{1,7}\\.\\d{1,6}");

  /** The cells of one row: where its start and end are, -1 when it has none. */
  private record Row(String[] cells, int start, int end) {
    boolean timed() {
      return start >= 0;
    }

    String text() {
      int last = cells.length - 1;
      return last == start || last == end ? "" : cells[last].strip();
    }
  }

  @Override
  public String format() {
    return FORMAT;
  }

  /**
   * A timed row comes within the first lines, and most of the filled lines from it on are rows of
   * three cells or more with a start and an end next to each other, so a timestamped text line with
   * one time is not taken.
   */
  @Override
  public boolean recognizesContent(SourceText text) {
    List<String> lines = text.lines();
    int first = firstRow(lines.subList(0, Math.min(PREAMBLE, lines.size())));
    if (first >= Math.min(PREAMBLE, lines.size())) {
      return false;
    }
    List<Row> rows =
        lines.subList(first, lines.size()).stream()
            .filter(l -> !l.isBlank())
            .limit(LOOKED_AT)
            .map(TimedTableReader::row)
            .toList();
    long spans = rows.stream().filter(r -> r.end() >= 0 && r.cells().length >= 3).count();
    return spans >= 2 && spans * 2 > rows.size();
  }

  @Override
  public List<Cue> read(SourceText text, Consumer<Problem> problems) {
    List<String> lines = text.lines();
    List<Cue> cues = new ArrayList<>();
    for (int i = firstRow(lines); i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      Row row = row(line);
      if (row.timed()) {
        double start = seconds(row.cells()[row.start()]).getAsDouble();
        double end = row.end() < 0 ? start : seconds(row.cells()[row.end()]).getAsDouble();
        String said = PAUSE.matcher(row.text()).matches() ? "" : row.text();
        cues.add(new Cue(i + 1, start, Math.max(start, end), null, said));
      } else {
        double at = cues.get(cues.size() - 1).end();
        cues.add(new Cue(i + 1, at, at, null, line.strip()));
      }
    }
    return SpeakerLabels.label(cues);
  }

  /**
   * The paragraphs between the header row and the first timed row: an episode's description, as the
   * exports of Radiolab's episodes carry it.
   */
  @Override
  public List<String> notes(SourceText text) {
    List<String> lines = text.lines();
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    int header = SourceText.firstFilled(lines);
    int from = lines.get(header).contains("\t") ? header + 1 : header;
    int first = firstRow(lines);
    for (int i = from; i < first; i++) {
      String line = lines.get(i).strip();
      if (!line.isEmpty()) {
        paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
      } else if (paragraph.length() > 0) {
        paragraphs.add(paragraph.toString());
        paragraph.setLength(0);
      }
    }
    if (paragraph.length() > 0) {
      paragraphs.add(paragraph.toString());
    }
    return paragraphs;
  }

  /** The index of the first timed row of {@code lines}, or their count when none is. */
  private static int firstRow(List<String> lines) {
    int i = 0;
    while (i < lines.size() && !row(lines.get(i)).timed()) {
      i++;
    }
    return i;
  }

  private static Row row(String line) {
    String[] cells = line.split("\t", -1);
    for (int c = 0; c < cells.length; c++) {
      if (seconds(cells[c]).isPresent()) {
        boolean ends = c + 1 < cells.length && seconds(cells[c + 1]).isPresent();
        return new Row(cells, c, ends ? c + 1 : -1);
      }
    }
    return new Row(cells, -1, -1);
  }

  private static OptionalDouble seconds(String cell) {
    String t = cell.strip();
    if (DECIMAL_SECONDS.matcher(t).matches()) {
      return OptionalDouble.of(Double.parseDouble(t));
    }
    return t.indexOf(':') > 0 && t.length() <= 13 ? CueTiming.time(t) : OptionalDouble.empty();
  }
}
