package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads SubRip (SRT) files: numbered blocks of a timing line and text lines, with an optional
 * {@code Name:} speaker label decided by {@link SpeakerLabels}, else the speaker a cue's colour
 * marks ({@link CueColours}).
 *
 * <p>A file written a word a cue (fewer than two words a cue on average), as word-level caption
 * exports are, has its words merged into utterances by {@link UtteranceMerger}, as word-timed JSON
 * is: each utterance starts where its first word does.
 */
final class SrtReader implements CueReader {

  /** A subtitle line's dash marking a change of voice: "- ", "– " or "— " at its start. */
  private static final Pattern DIALOGUE_DASH = Pattern.compile("^\\s*[-–—]\\s+(?=\\S)");

  static final String FORMAT = "srt";

  private static final Pattern NUMBER = Pattern.compile("\\s*\\d+\\s*");

  /**
   * A block whose timing could be read, before speakers are decided; {@code colour} is the one its
   * text opens with ({@link CueColours#leading}), or null.
   */
  private record Block(int line, CueTiming.Span span, String text, String colour) {}

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean recognizesContent(SourceText text) {
    List<String> lines = text.lines();
    int first = SourceText.firstFilled(lines);
    return first + 1 < lines.size()
        && NUMBER.matcher(lines.get(first)).matches()
        && CueTiming.isTimingLine(lines.get(first + 1));
  }

  @Override
  public boolean recognizesExtension(SourceText text) {
    return text.extension().equals("srt") && text.content().contains("-->");
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
      block(text.location(), lines.subList(i, end), i + 1, problems).ifPresent(blocks::add);
      i = end;
    }
    List<Cue> cues = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      cues.add(new Cue(block.line(), block.span().start(), block.span().end(), null, block.text()));
    }
    List<Cue> labelled =
        CueColours.speakers(SpeakerLabels.label(cues), blocks.stream().map(Block::colour).toList());
    return UtteranceMerger.ofCaptions(labelled, text.location(), problems);
  }

  /** The block of {@code lines} starting on line {@code first}, or empty when it is reported. */
  private static Optional<Block> block(
      String location, List<String> lines, int first, Consumer<Problem> problems) {
    int timing = NUMBER.matcher(lines.get(0)).matches() && lines.size() > 1 ? 1 : 0;
    String line = lines.get(timing).strip();
    if (!CueTiming.isTimingLine(line)) {
      problems.accept(
          new Problem(
              location,
              first + timing,
              "cue \""
                  + line
                  + "\" has no timing line (like 00:00:01,000 --> 00:00:04,000); skipped"));
      return Optional.empty();
    }
    Optional<CueTiming.Span> span = CueTiming.parse(line);
    if (span.isEmpty()) {
      problems.accept(
          new Problem(location, first + timing, "cue timing \"" + line + "\" is not a time"));
      return Optional.empty();
    }
    // A line opening with a dash is a new voice's ("- I think it's possible"): the dash is no word.
    String body =
        lines.subList(timing + 1, lines.size()).stream()
            .map(text -> DIALOGUE_DASH.matcher(text).replaceFirst(""))
            .collect(Collectors.joining(" "));
    return Optional.of(
        new Block(
            first + timing, span.get(), SubtitleMarkup.plain(body), CueColours.leading(body)));
  }
}
