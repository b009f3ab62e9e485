package dev.podcastqa.ingest.transcript;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.SourceHeader;
import java.util.List;
import java.util.Objects;

/**
 * A transcript as read from one file: its format, its utterances in time order and what its own
 * header says about the episode.
 */
public record Transcript(String format, List<Segment> segments, SourceHeader header) {

  public Transcript {
    Objects.requireNonNull(format, "format");
    segments = List.copyOf(segments);
    header = Objects.requireNonNullElse(header, SourceHeader.NONE);
  }
}
