package dev.podcastqa.ingest.transcript;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Recognizes and reads transcripts in every supported format.
 *
 * <p>Formats are recognized by content first (a {@code WEBVTT} header, a TTML {@code <tt>} root, a
 * Transcriber {@code <Trans>} root, YouTube's caption files (json3's {@code events}, srv3 and
 * srv2's {@code <timedtext>} root, srv1's {@code <transcript><text start=...>}), HTML whose words
 * carry {@code data-start} times or whose lines are played by an {@code onclick} call with their
 * time, a JSON object with {@code segments} (Whisper's when the first has {@code start}, Podcasting
 * 2.0's otherwise), a speech-to-text service's JSON (Amazon Transcribe, Deepgram, Rev.ai,
 * Speechmatics, IBM Watson, Trint, Google, AssemblyAI, each by its own fields), a bare JSON list of
 * {@code {start, end, text}} pieces, a numbered SRT block, an SBV {@code 0:00:00.599,0:00:04.160}
 * line, Whisper's {@code [0.00 --> 1.26]} lines or its {@code start\tend\ttext} table, another
 * tab-separated table of timed rows (an edit decision list, an Audacity label track), timestamped
 * text lines), then by extension ({@code .vtt} or {@code .srt} with at least one {@code -->} timing
 * line, {@code .ttml}/{@code .dfxp} with a {@code <tt>} element, {@code .sbv} with a timing line).
 *
 * <p>One made {@link #remembering} keeps what its last reads gave, by the text read.
 */
public final class TranscriptReader {

  private final List<CueReader> readers =
      List.of(
          new WebVttReader(),
          new TtmlReader(),
          new TranscriberReader(),
          new YoutubeTimedTextReader(),
          new TimedHtmlReader(),
          new ClickTimedHtmlReader(),
          new AmazonTranscribeJsonReader(),
          new DeepgramJsonReader(),
          new RevAiJsonReader(),
          new SpeechmaticsJsonReader(),
          new SpeechmaticsV2JsonReader(),
          new WatsonJsonReader(),
          new TrintJsonReader(),
          new YoutubeJson3Reader(),
          new WhisperJsonTranscript(),
          new WhisperCppJsonReader(),
          new JsonTranscriptReader(),
          new JsonArrayTranscriptReader(),
          new GoogleSpeechJsonReader(),
          new AssemblyAiJsonReader(),
          new SrtReader(),
          new SbvReader(),
          new WhisperTextReader(),
          new WhisperTsvReader(),
          new TimedTableReader(),
          new TextTranscriptReader());

  /** At least this many utterances all at one second are a file whose times say nothing. */
  private static final int MIN_SAME_START = 10;

  /** What recent reads gave, by the text read; null: nothing is kept. */
  private final Cache<Key, Read> kept;

  public TranscriptReader() {
    this.kept = null;
  }

  private TranscriptReader(long keep) {
    this.kept = Caffeine.newBuilder().maximumSize(keep).build();
  }

  /**
   * A reader that keeps what its last {@code keep} reads gave (the transcript and the problems
   * met), so the same text read again, as the unchanged items of a followed feed are at each poll
   * that changed it, is not parsed again: it gives the same transcript and the same problems.
   */
  public static TranscriptReader remembering(long keep) {
    if (keep < 1) {
      throw new IllegalArgumentException("keep must be at least 1, was " + keep);
    }
    return new TranscriptReader(keep);
  }

  /**
   * The transcript format {@code text} is in ({@code webvtt}, {@code ttml}, {@code transcriber},
   * {@code youtube-timedtext}, {@code youtube-json3}, {@code html-transcript}, {@code
   * whisper-json}, {@code podcast-json-transcript}, {@code json-array-transcript}, {@code
   * google-speech-json}, {@code assemblyai-json}, {@code amazon-transcribe-json}, {@code
   * deepgram-json}, {@code revai-json}, {@code speechmatics-json}, {@code watson-json}, {@code
   * trint-json}, {@code srt}, {@code sbv}, {@code whisper-text}, {@code whisper-tsv}, {@code
   * timed-table} or {@code text-transcript}), or empty when it is not a transcript.
   */
  public Optional<String> recognize(SourceText text) {
    return reader(prefixFree(text)).map(CueReader::format);
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
    if (kept == null) {
      return parse(text, problems);
    }
    Key key = Key.of(text);
    Read known = kept.getIfPresent(key);
    if (known != null) {
      known.problems().forEach(problems);
      return known.transcript();
    }
    List<Problem> met = new ArrayList<>();
    Transcript transcript =
        parse(
            text,
            problem -> {
              met.add(problem);
              problems.accept(problem);
            });
    kept.put(key, new Read(transcript, met));
    return transcript;
  }

  private Transcript parse(SourceText text, Consumer<Problem> problems) {
    SourceText under = prefixFree(text);
    if (under != text) {
      problems.accept(
          new Problem(
              text.location(),
              1,
              "every line opens with the time "
                  + ConstantTimePrefix.time(text)
                  + ", which says nothing; read by the times under it"));
    }
    Transcript transcript = parseAs(under, problems);
    List<Segment> segments = transcript.segments();
    double first = segments.get(0).startSeconds();
    if (segments.size() >= MIN_SAME_START
        && segments.stream().allMatch(s -> s.startSeconds() == first)) {
      problems.accept(
          new Problem(
              text.location(),
              0,
              "all "
                  + segments.size()
                  + " utterances start at "
                  + CueTiming.format(first)
                  + ": the file's times do not say where anything is said"));
    }
    return transcript;
  }

  /**
   * {@code text} without the time every line of it opens with when that time is one and the same
   * and a transcript is under it; else {@code text} itself.
   */
  private SourceText prefixFree(SourceText text) {
    return ConstantTimePrefix.strip(text).filter(s -> reader(s).isPresent()).orElse(text);
  }

  private Transcript parseAs(SourceText text, Consumer<Problem> problems) {
    CueReader reader =
        reader(text)
            .orElseThrow(
                () ->
                    new SourceException(
                        text.location(),
                        0,
                        "not a transcript: expected WebVTT, SRT, SBV, TTML, Transcriber,"
                            + " YouTube's json3 or timedtext XML (srv1, srv2, srv3),"
                            + " Podcasting 2.0 or Whisper JSON or TSV, a JSON list of timed pieces,"
                            + " a tab-separated table of start and end times and text,"
                            + " Google Speech, AssemblyAI, Amazon Transcribe, Deepgram, Rev.ai,"
                            + " Speechmatics, IBM Watson or Trint JSON, HTML with data-start or onclick"
                            + " times or lines starting with a timestamp"));
    List<Cue> cues = new CueOrder(text.location(), problems).tidy(reader.read(text, problems));
    List<Segment> segments = cues.stream().filter(c -> !c.isEmpty()).map(Cue::toSegment).toList();
    if (segments.isEmpty()) {
      throw new SourceException(text.location(), 0, "the " + reader.format() + " file has no cues");
    }
    return new Transcript(
        reader.format(), segments, reader.header(text, problems), reader.notes(text));
  }

  /** A text read, by its place and the SHA-256 of its content (the segments are kept, not it). */
  private record Key(String location, String name, String digest) {
    static Key of(SourceText text) {
      try {
        byte[] sha =
            MessageDigest.getInstance("SHA-256")
                .digest(text.content().getBytes(StandardCharsets.UTF_8));
        return new Key(text.location(), text.name(), HexFormat.of().formatHex(sha));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("no SHA-256 in this JVM", e);
      }
    }
  }

  /** What reading one text gave. */
  private record Read(Transcript transcript, List<Problem> problems) {
    Read {
      problems = List.copyOf(problems);
    }
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
