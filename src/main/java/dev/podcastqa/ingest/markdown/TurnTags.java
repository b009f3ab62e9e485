package dev.podcastqa.ingest.markdown;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tag alone on its line that opens a speaker's turn by its attributes: NLP Highlights' pages
 * write {@code <turn speaker="Matt Gardner" timestamp="00:06">} above each turn's paragraphs. Read
 * as text the tag was dropped with its attributes, and with it every time and speaker of the
 * episode; it is the speaker head {@code Matt Gardner 00:06} instead, which the timed-text readers
 * read as a turn starting at that second.
 */
final class TurnTags {

  private static final Pattern TAG = Pattern.compile("\\s*<([A-Za-z][\\w-]*)(\\s[^<>]*)>\\s*");

  private static final Pattern SPEAKER =
      Pattern.compile("\\s(?:speaker|name)\\s*=\\s*\"([^\"<>]{1,80})\"", Pattern.CASE_INSENSITIVE);

  private static final Pattern CLOCK =
      Pattern.compile(
          "\\s(?:timestamp|time|start)\\s*=\\s*\"(\\d{1,2}:\\d{2}(?::\\d{2})?)\"",
          Pattern.CASE_INSENSITIVE);

  private TurnTags() {}

  /** The speaker head {@code line} stands for, when it is such a tag; else empty. */
  static Optional<String> head(String line) {
    Matcher tag = TAG.matcher(line);
    if (!tag.matches()) {
      return Optional.empty();
    }
    Matcher speaker = SPEAKER.matcher(tag.group(2));
    Matcher clock = CLOCK.matcher(tag.group(2));
    if (!speaker.find() || !clock.find() || speaker.group(1).isBlank()) {
      return Optional.empty();
    }
    return Optional.of(speaker.group(1).strip() + " " + clock.group(1));
  }
}
