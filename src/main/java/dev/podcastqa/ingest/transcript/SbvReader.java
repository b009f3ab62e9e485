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
 * Reads YouTube's SubViewer (SBV) captions: blocks of a {@code 0:00:00.599,0:00:04.160} timing line
 * and text lines, a blank line between blocks, with an optional {@code Name:} speaker label decided
 * by {@link SpeakerPrefix}.
 */
final class SbvReader implements CueReader {

  static final String FORMAT = "sbv";

  /** Two clock times joined by a comma; each is checked by {@link CueTiming#time}. */
  private static final Pattern TIMING =
      Pattern.compile("\\s*(\\d{1,3}:\\d{2}:\\d{2}(?:\\.\\d{1,3})?)\\s*,\\s*(\\S+)\\s*");

  /** A timing line whose times could be read, with the text under it. */
  private record Block(int line, double start, double end, String text) {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean recognizesContent(SourceText text) {
    List<String> lines = text.lines();
    int first = SourceText.firstFilled(lines);
    return first + 1 < lines.size()
        && timing(lines.get(first)) != null
        && !lines.get(first + 1).isBlank();
  }

  @Override
  public boolean recognizesExtension(SourceText text) {
    return text.extension().equals("sbv")
        && text.lines().stream().anyMatch(line -> TIMING.matcher(line).matches());
  }

  @Override
  public List<Cue> read(SourceText text, Consumer<Problem> problems) {
    List<String> lines = text.lines();
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (lines.get(i).isBlank()) {
        i++;
        continue;
      }
      int end = i;
      while (end < lines.size() && !lines.get(end).isBlank()) {
        end++;
      }
      Block block = block(text.location(), lines.subList(i, end), i + 1, problems);
      if (block != null) {
        blocks.add(block);
      }
      i = end;
    }
    SpeakerPrefix speakers = new SpeakerPrefix(blocks.stream().map(Block::text).toList());
    List<Cue> cues = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      SpeakerPrefix.Labelled labelled = speakers.split(block.text());
      cues.add(
          new Cue(block.line(), block.start(), block.end(), labelled.speaker(), labelled.text()));
    }
    return cues;
  }

  /** The block of {@code lines} starting on line {@code first}, or null when it is reported. */
  private static Block block(
      String location, List<String> lines, int first, Consumer<Problem> problems) {
    String line = lines.get(0).strip();
    double[] span = timing(line);
    if (span == null) {
      problems.accept(
          new Problem(
              location,
              first,
              "cue \""
                  + line
                  + "\" has no SBV timing line (like 0:00:01.000,0:00:04.000); skipped"));
      return null;
    }
    String body = String.join(" ", lines.subList(1, lines.size()));
    return new Block(first, span[0], span[1], body.replaceAll("\\s+", " ").strip());
  }

  /** The start and end {@code line} gives, or null when it is no SBV timing line. */
  private static double[] timing(String line) {
    Matcher matcher = TIMING.matcher(line);
    if (!matcher.matches()) {
      return null;
    }
    OptionalDouble start = CueTiming.time(matcher.group(1));
    OptionalDouble end = CueTiming.time(matcher.group(2));
    if (start.isEmpty() || end.isEmpty()) {
      return null;
    }
    return new double[] {start.getAsDouble(), end.getAsDouble()};
  }
}
