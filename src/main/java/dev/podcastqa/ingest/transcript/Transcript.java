package dev.podcastqa.ingest.transcript;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.SourceHeader;
import java.util.List;
import java.util.Objects;

/**
 * A transcript as read from one file: its format, its utterances in time order, what its own header
 * says about the episode, and untimed paragraphs about the episode as a whole (an introduction
 * above the first utterance).
 */
public record Transcript(
    String format, List<Segment> segments, SourceHeader header, List<String> notes) {

  public Transcript {
    Objects.requireNonNull(format, "format");
    segments = List.copyOf(segments);
    notes = List.copyOf(notes);
    header = Objects.requireNonNullElse(header, SourceHeader.NONE);
  }
}
