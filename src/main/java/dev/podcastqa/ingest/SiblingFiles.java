package dev.podcastqa.ingest;

import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.SourceText;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Files of one episode named by a transcription pipeline as {@code PREFIX_ROLE.ext}: {@code
 * 20240614_jiJEy4M-O7g_transcript.txt}, {@code ..._meta.json}, {@code ..._summary.md} (cannonQ's
 * ergo-transcripts, whose {@code _topics.json} is read by {@link TopicsFile}), {@code
 * X_transcript_corrected.txt} and {@code X_notes.txt} (the Changelog transcripts; Oxide and
 * Friends' add {@code _summary_corrected}). They join as files named alike do: their role words are
 * no part of the stem. A {@code _meta.json} is a sidecar in another tool's schema, and a {@code
 * _notes} or {@code _summary} file that names no title of its own is show notes, its first line no
 * title.
 */
final class SiblingFiles {

  /** The role a file plays for its episode, after the episode's name. */
  private static final Pattern ROLE =
      Pattern.compile(
          "(?i)\\s*_(?:(?:transcript|notes|show_notes|summary|meta|topics)(?:_corrected)?|corrected)$");

  private static final Pattern NOTES =
      Pattern.compile("(?i).*_(?:show_)?(?:notes|summary)(?:_corrected)?$");
  private static final Pattern META = Pattern.compile("(?i).*_meta\\.json$");
  private static final Pattern CORRECTED = Pattern.compile("(?i).*_corrected$");

  /** An opening that titles a file itself: front matter or a {@code # heading}. */
  private static final Pattern OWN_TITLE = Pattern.compile("^(?:---|\\+\\+\\+|\\{|#\\s)");

  private SiblingFiles() {}

  /** {@code stem} without the role word that follows the episode's name, if any. */
  static String episodeStem(String stem) {
    String episode = ROLE.matcher(stem).replaceFirst("");
    return episode.isBlank() ? stem : episode;
  }

  /** Whether {@code fileName} is a {@code PREFIX_meta.json}: a sidecar in another tool's schema. */
  static boolean isForeignMeta(String fileName) {
    return META.matcher(fileName).matches();
  }

  /**
   * Whether {@code draft} was read from a human-corrected transcript ({@code
   * X_transcript_corrected.txt}, {@code X_corrected.vtt}): it wins over the uncorrected transcript
   * of the same episode, however many utterances either has.
   */
  static boolean isCorrected(Draft draft) {
    return draft.sources().stream()
        .map(source -> stem(SourceText.of(source.location(), "").name()))
        .anyMatch(stem -> CORRECTED.matcher(stem).matches() && !NOTES.matcher(stem).matches());
  }

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /**
   * {@code draft} of {@code text} as show notes when the file is a {@code _notes} or {@code
   * _summary} file, no transcript, that titles nothing itself: the line a page reader took for its
   * title is the first line of its notes, and the episode is titled by its other files.
   */
  static Draft asNotes(SourceText text, Draft draft) {
    if (draft.title() == null
        || !draft.transcript().isEmpty()
        || !NOTES.matcher(stem(text.name())).matches()
        || OWN_TITLE.matcher(text.content().stripLeading()).find()) {
      return draft;
    }
    String title = draft.title();
    Draft untitled = draft.toBuilder().title(null).build();
    return FrontMatterSummary.prepend(untitled, List.of(title));
  }
}
