package dev.podcastqa.ingest.transcript;

import dev.podcastqa.episode.Segment;

/**
 * One timed piece of a transcript as a format reader found it, before ordering and validation.
 *
 * @param line the 1-based line it starts on, for problems (0 when unknown)
 * @param speaker null when the source does not say who speaks
 */
record Cue(int line, double start, double end, String speaker, String text) {

  Cue withEnd(double newEnd) {
    return new Cue(line, start, newEnd, speaker, text);
  }

  Cue withText(String newText) {
    return new Cue(line, start, end, speaker, newText);
  }

  boolean isEmpty() {
    return text == null || text.isBlank();
  }

  Segment toSegment() {
    return new Segment(start, end, speaker, text);
  }
}
