package dev.podcastqa.ingest;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Completes the draft of an episode once its page, transcript and sidecar (if any) are joined: a
 * transcript alone, or a page with no title line, is still an episode, titled from its file name
 * when nothing names it ({@link FileNameTitles}), and a last utterance with no known end runs to
 * the end of the episode when its duration is known.
 */
final class StandaloneTranscript {

  private StandaloneTranscript() {}

  /** Each of {@code drafts} completed, in order. */
  static List<Draft> completeAll(List<Draft> drafts, Consumer<Problem> problems) {
    return drafts.stream().map(draft -> complete(draft, problems)).toList();
  }

  /** {@code draft} completed; a title taken from the file name is reported to {@code problems}. */
  static Draft complete(Draft draft, Consumer<Problem> problems) {
    Draft titled = FileNameTitles.titled(draft, problems);
    if (titled.transcript().isEmpty()) {
      return titled;
    }
    Draft.Builder builder = titled.toBuilder();
    builder.transcript(endAtDuration(titled.transcript(), titled.durationSeconds()));
    return builder.build();
  }

  /** The last segment, when it ends where it starts, ends at {@code duration} instead. */
  private static List<Segment> endAtDuration(List<Segment> segments, Integer duration) {
    Segment last = segments.get(segments.size() - 1);
    if (duration == null
        || last.endSeconds() > last.startSeconds()
        || duration <= last.startSeconds()) {
      return segments;
    }
    List<Segment> ended = new ArrayList<>(segments.subList(0, segments.size() - 1));
    ended.add(new Segment(last.startSeconds(), duration, last.speaker(), last.text()));
    return ended;
  }
}
