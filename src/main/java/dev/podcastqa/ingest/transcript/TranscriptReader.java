package dev.podcastqa.ingest.transcript;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Recognizes and reads transcripts in every supported format.
 *
 * <p>Formats are recognized by content first (a {@code WEBVTT} header, HTML whose words carry
 * {@code data-start} times, a JSON object with {@code segments} (Whisper's when the first has
 * {@code start}, Podcasting 2.0's otherwise), a numbered SRT block, Whisper's {@code [0.00 -->
 * 1.26]} lines, timestamped text lines), then by extension ({@code .vtt} or {@code .srt} with at
 * least one {@code -->} timing line).
 */
public final class TranscriptReader {

  private final List<CueReader> readers =
      List.of(
          new WebVttReader(),
          new TimedHtmlReader(),
          new WhisperJsonTranscript(),
          new JsonTranscriptReader(),
          new SrtReader(),
          new WhisperTextReader(),
          new TextTranscriptReader());

  /**
   * The transcript format {@code text} is in ({@code webvtt}, {@code html-transcript}, {@code
   * whisper-json}, {@code podcast-json-transcript}, {@code srt}, {@code whisper-text} or {@code
   * text-transcript}), or empty when it is not a transcript.
   */
  public Optional<String> recognize(SourceText text) {
    return reader(text).map(CueReader::format);
  }

  /**
   * The utterances of {@code text} in time order; cues that cannot be read go to {@code problems}.
   *
   * @throws SourceException when nothing in it can be read
   */
  public List<Segment> read(SourceText text, Consumer<Problem> problems) {
    return readTranscript(text, problems).segments();
  }

  /**
   * The transcript of {@code text}: its format, its utterances as {@link #read} gives them, and the
   * header the file states about its episode (a title, ...).
   *
   * @throws SourceException when nothing in it can be read
   */
  public Transcript readTranscript(SourceText text, Consumer<Problem> problems) {
    CueReader reader =
        reader(text)
            .orElseThrow(
                () ->
                    new SourceException(
                        text.location(),
                        0,
                        "not a transcript: expected WebVTT, SRT, Podcasting 2.0 or Whisper JSON,"
                            + " HTML with data-start times or lines starting with a timestamp"));
    List<Cue> cues = new CueOrder(text.location(), problems).tidy(reader.read(text, problems));
    List<Segment> segments = cues.stream().filter(c -> !c.isEmpty()).map(Cue::toSegment).toList();
    if (segments.isEmpty()) {
      throw new SourceException(text.location(), 0, "the " + reader.format() + " file has no cues");
    }
    return new Transcript(
        reader.format(), segments, reader.header(text, problems), reader.notes(text));
  }

  private Optional<CueReader> reader(SourceText text) {
    for (CueReader reader : readers) {
      if (reader.recognizesContent(text)) {
        return Optional.of(reader);
      }
    }
    for (CueReader reader : readers) {
      if (reader.recognizesExtension(text)) {
        return Optional.of(reader);
      }
    }
    return Optional.empty();
  }
}
