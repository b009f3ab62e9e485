package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads SubRip (SRT) files: numbered blocks of a timing line and text lines, with an optional
 * {@code Name:} speaker label decided by {@link SpeakerPrefix}. In a file of two speakers or more
 * where most blocks have no label, a block with no label continues the turn of the speaker named
 * last (in a file labelled block by block, an unlabelled block has no speaker): Buzzsprout and the
 * Podcasting 2.0 show label only the block where a turn starts ({@code Adam Curry: podcasting 2.0
 * March 4 2023}, then unlabelled blocks).
 */
final class SrtReader implements CueReader {

  static final String FORMAT = "srt";

  private static final Pattern NUMBER = Pattern.compile("\\s*\\d+\\s*");
  private static final Pattern MARKUP = Pattern.compile("<[^>]*>|\\{\\\\[^}]*}");

  /** A block whose timing could be read, before speakers are decided. */
  private record Block(int line, CueTiming.Span span, String text) {}

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
    SpeakerPrefix speakers = new SpeakerPrefix(blocks.stream().map(Block::text).toList());
    List<SpeakerPrefix.Labelled> labelled =
        blocks.stream().map(block -> speakers.split(block.text())).toList();
    List<String> named =
        labelled.stream().map(SpeakerPrefix.Labelled::speaker).filter(Objects::nonNull).toList();
    boolean turns = named.stream().distinct().count() >= 2 && named.size() * 2 < blocks.size();
    List<Cue> cues = new ArrayList<>(blocks.size());
    String speaking = null;
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      String speaker = labelled.get(b).speaker();
      speaking = speaker != null ? speaker : speaking;
      cues.add(
          new Cue(
              block.line(),
              block.span().start(),
              block.span().end(),
              turns ? speaking : speaker,
              labelled.get(b).text()));
    }
    return cues;
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
    String body = String.join(" ", lines.subList(timing + 1, lines.size()));
    String text = MARKUP.matcher(body).replaceAll("").replaceAll("\\s+", " ").strip();
    return Optional.of(new Block(first + timing, span.get(), text));
  }
}
