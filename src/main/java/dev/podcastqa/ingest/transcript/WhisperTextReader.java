package dev.podcastqa.ingest.transcript;

import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceHeader;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what Whisper prints as it transcribes, saved as text: one {@code [START --> END] text} line
 * per segment, the times in seconds ({@code [0.00 --> 1.26]}, as scripts around the Python {@code
 * whisper} package write them) or as clocks ({@code [00:00.000 --> 00:04.000]} from openai-whisper,
 * {@code [00:00:00.000 --> 00:00:04.000]} from whisper.cpp), the arrow {@code -->} or {@code
 * \u2192} ({@code [0.78 \u2192 3.50]}, as some transcript archives rewrite it). Each segment keeps
 * its own end. A line without the bracket continues the segment above. Lines of single words, as
 * whisper.cpp prints them with {@code -ml 1}, are joined into words and utterances by {@link
 * WhisperCppWords}. whisper.cpp's {@code (speaker 0)} mark after the bracket (its stereo {@code
 * --diarize} output) makes the segment's speaker {@code Speaker 0}; {@code (speaker ?)}, where it
 * could not tell, is dropped and leaves the segment without one.
 */
final class WhisperTextReader implements CueReader {

  static final String FORMAT = "whisper-text";

  private static final String TIME =
      "(\\d+(?:\\.\\d+)?|(?:\\d{1,3}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?)";
  private static final Pattern SEGMENT =
      Pattern.compile("^\\[\\s*" + TIME + "\\s*(?:-->|\u2192)\\s*" + TIME + "\\s*]([ \\t]*)(.*)$");

  /** whisper.cpp's stereo {@code --diarize} mark: the louder channel, or {@code ?} when unsure. */
  private static final Pattern SPEAKER = Pattern.compile("^\\(speaker (\\d+|\\?)\\)\\s*");

  private static final Pattern HEADER_FIELD =
      Pattern.compile("^([\\p{L}][\\p{L} ]{0,20}?)\\s*:\\s*(\\S.*)$");

  /**
   * At least this share of the non-blank lines, header fields above the first segment aside, must
   * be segment lines, and two at least.
   */
  private static final double MIN_SHARE = 0.8;

  private final WhisperCppWords words = new WhisperCppWords();

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public boolean recognizesContent(SourceText text) {
    int segments = 0;
    int other = 0;
    for (String line : text.lines()) {
      if (SEGMENT.matcher(line.strip()).matches()) {
        segments++;
      } else if (!line.isBlank() && (segments > 0 || !isHeaderField(line))) {
        other++;
      }
    }
    return segments >= 2 && segments >= MIN_SHARE * (segments + other);
  }

  /**
   * {@code Title:}, {@code Podcast:} and the other {@link SourceHeader} fields on lines above the
   * first segment: Whisper writes none, so this is where a user names the episode.
   */
  @Override
  public SourceHeader header(SourceText text, Consumer<Problem> problems) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    int firstLine = 0;
    List<String> lines = text.lines();
    for (int i = 0; i < lines.size() && !SEGMENT.matcher(lines.get(i).strip()).matches(); i++) {
      Matcher m = HEADER_FIELD.matcher(lines.get(i).strip());
      if (m.matches() && SourceHeader.isKey(m.group(1))) {
        fields.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2).strip());
        firstLine = firstLine == 0 ? i + 1 : firstLine;
      }
    }
    return SourceHeader.of(fields, text.location(), firstLine, problems);
  }

  @Override
  public List<Cue> read(SourceText text, Consumer<Problem> problems) {
    List<WhisperCppWords.Piece> pieces = new ArrayList<>();
    List<String> lines = text.lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      Matcher m = SEGMENT.matcher(line);
      if (m.matches()) {
        OptionalDouble start = seconds(m.group(1));
        OptionalDouble end = seconds(m.group(2));
        if (start.isEmpty() || end.isEmpty()) {
          problems.accept(
              new Problem(text.location(), i + 1, "unreadable time in \"" + line + "\"; skipped"));
          continue;
        }
        Cue cue = cue(i + 1, start.getAsDouble(), end.getAsDouble(), m.group(4).strip());
        pieces.add(new WhisperCppWords.Piece(cue, m.group(3).length()));
      } else if (!line.isBlank() && !pieces.isEmpty()) {
        WhisperCppWords.Piece last = pieces.remove(pieces.size() - 1);
        Cue cue = last.cue().withText((last.cue().text() + " " + line.strip()).strip());
        pieces.add(new WhisperCppWords.Piece(cue, last.indent()));
      }
    }
    List<Cue> cues = pieces.stream().map(WhisperCppWords.Piece::cue).toList();
    return UtteranceMerger.isWordLevel(cues)
        ? words.utterances(pieces, text.location(), problems)
        : cues;
  }

  private static Cue cue(int line, double start, double end, String said) {
    Matcher speaker = SPEAKER.matcher(said);
    if (speaker.find()) {
      String who = speaker.group(1).equals("?") ? null : "Speaker " + speaker.group(1);
      return new Cue(line, start, end, who, said.substring(speaker.end()));
    }
    return new Cue(line, start, end, null, said);
  }

  private static boolean isHeaderField(String line) {
    Matcher m = HEADER_FIELD.matcher(line.strip());
    return m.matches() && SourceHeader.isKey(m.group(1));
  }

  /** Seconds from {@code 12.34} or a clock such as {@code 00:12.340}. */
  private static OptionalDouble seconds(String time) {
    return time.contains(":") ? CueTiming.time(time) : OptionalDouble.of(Double.parseDouble(time));
  }
}
