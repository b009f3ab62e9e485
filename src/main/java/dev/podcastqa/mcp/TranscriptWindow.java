package dev.podcastqa.mcp;

import java.util.List;

/**
 * What {@code get_transcript} returns: the segments of one episode's transcript that overlap the
 * window from {@code startSeconds} to {@code endSeconds}.
 *
 * @param transcript false when the episode has no transcript (and so no segments)
 */
record TranscriptWindow(
    String episodeId,
    String episodeTitle,
    int startSeconds,
    int endSeconds,
    boolean transcript,
    List<TimedSegment> segments) {

  TranscriptWindow {
    segments = List.copyOf(segments);
  }

  /**
   * One transcript segment with its clock time and a deep link to it.
   *
   * @param speaker null when the transcript does not say who speaks
   */
  record TimedSegment(
      double startSeconds,
      double endSeconds,
      String timestamp,
      String speaker,
      String text,
      String url) {}
}
