package dev.podcastqa.ingest;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Completes the draft of a transcript once its page and sidecar (if any) are joined: a transcript
 * alone is still an episode, titled from its file name when nothing names it, and a last utterance
 * with no known end runs to the end of the episode when its duration is known.
 */
final class StandaloneTranscript {

  /** A language tag before the extension, as in {@code talk.en.vtt} or {@code talk.en-US.srt}. */
  private static final Pattern LANGUAGE_TAG =
      Pattern.compile("\\.[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$");

  private static final Pattern SEPARATORS = Pattern.compile("[\\s_.\\-+]+");

  private StandaloneTranscript() {}

  /** Each of {@code drafts} completed, in order. */
  static List<Draft> completeAll(List<Draft> drafts, Consumer<Problem> problems) {
    return drafts.stream().map(draft -> complete(draft, problems)).toList();
  }

  /** {@code draft} completed; a title taken from the file name is reported to {@code problems}. */
  static Draft complete(Draft draft, Consumer<Problem> problems) {
    if (draft.transcript().isEmpty()) {
      return draft;
    }
    Draft.Builder builder = draft.toBuilder();
    if (draft.title() == null) {
      String location = draft.sources().get(0).location();
      String title = readableName(SourceText.of(location, "").name());
      if (!title.isEmpty()) {
        builder.title(title);
        problems.accept(
            new Problem(
                location,
                0,
                "no title in the transcript, so it is titled \""
                    + title
                    + "\" from its file name; to name it, put a Title: line at its top, or a"
                    + " sidecar NAME.meta.json with a \"title\" beside it"));
      }
    }
    builder.transcript(endAtDuration(draft.transcript(), draft.durationSeconds()));
    return builder.build();
  }

  /** {@code lex_fridman-podcast_ep-412.vtt} becomes {@code Lex Fridman Podcast Ep 412}. */
  static String readableName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
    stem = LANGUAGE_TAG.matcher(stem).replaceFirst("");
    List<String> words = new ArrayList<>();
    for (String word : SEPARATORS.split(stem)) {
      if (!word.isEmpty()) {
        words.add(word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
      }
    }
    return String.join(" ", words);
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
