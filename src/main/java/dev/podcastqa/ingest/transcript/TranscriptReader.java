package dev.podcastqa.ingest.transcript;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.Problem;
import dev.podcastqa.ingest.SourceText;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Recognizes and reads transcripts in every supported format. */
public final class TranscriptReader {

  /** The transcript format {@code text} is in, or empty when it is not a transcript. */
  public Optional<String> recognize(SourceText text) {
    throw new UnsupportedOperationException("transcript reading is not built yet");
  }

  /**
   * The utterances of {@code text}; cues that cannot be read go to {@code problems}.
   *
   * @throws dev.podcastqa.ingest.SourceException when nothing in it can be read
   */
  public List<Segment> read(SourceText text, Consumer<Problem> problems) {
    throw new UnsupportedOperationException("transcript reading is not built yet");
  }
}
