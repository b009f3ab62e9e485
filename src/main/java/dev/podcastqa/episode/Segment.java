package dev.podcastqa.episode;

/**
 * One utterance of a transcript, timed in seconds (fractions kept).
 *
 * <p>{@code speaker} is null when the transcript does not say who speaks.
 */
public record Segment(double startSeconds, double endSeconds, String speaker, String text) {

  public Segment {
    if (!(startSeconds >= 0) || !(endSeconds >= startSeconds)) {
      throw new IllegalArgumentException(
          "segment times out of order: " + startSeconds + " to " + endSeconds);
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("segment at " + startSeconds + "s has no text");
    }
    text = text.strip();
    if (speaker != null) {
      speaker = speaker.strip();
      if (speaker.isEmpty()) {
        speaker = null;
      }
    }
  }
}
