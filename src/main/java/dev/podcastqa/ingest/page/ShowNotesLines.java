package dev.podcastqa.ingest.page;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells show notes with many timestamped chapter lines from a plain-text transcript, which both
 * start lines with a clock time: show notes open with labelled fields ({@code Podcast:}, {@code
 * Published:}, {@code Duration:}, {@code URL:} ...) before the first timestamp, and their
 * timestamped lines are chapter titles (a few words, no sentence punctuation), where a transcript's
 * are sentences of speech.
 */
final class ShowNotesLines {

  private static final int MIN_FIELDS = 2;
  private static final int MAX_TITLE_WORDS = 12;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?,;\u2026\"\u201D]$");

  private ShowNotesLines() {}

  /** Whether {@code lines} are show notes: labelled fields first, then chapter-title lines. */
  static boolean areShowNotes(List<String> lines) {
    int fields = 0;
    int timed = 0;
    int titles = 0;
    for (String line : lines) {
      var timestamped = TimestampLine.parse(line);
      if (timestamped.isPresent()) {
        timed++;
        titles += isChapterTitle(timestamped.get().title()) ? 1 : 0;
      } else if (timed == 0 && isFieldLine(line)) {
        fields++;
      }
    }
    return fields >= MIN_FIELDS && timed > 0 && titles * 5 >= timed * 4;
  }

  private static boolean isFieldLine(String line) {
    return EpisodeFields.split(line).map(l -> EpisodeFields.isLabel(l.label())).orElse(false);
  }

  private static boolean isChapterTitle(String text) {
    String title = text.strip();
    return !title.isEmpty()
        && title.split("\\s+").length <= MAX_TITLE_WORDS
        && !SENTENCE_END.matcher(title).find();
  }
}
