package dev.podcastqa.ingest.transcript;

import java.util.regex.Pattern;

/**
 * A speaker's head alone on its line, the turn's text on the lines below it, in the shapes
 * transcription tools and transcript sites write: {@code Jane Doe 1:02:03} (Otter), {@code Casey
 * Rodarmor – 00:03:18:} and {@code Stephan 00:00:00:} (a dash before the clock, a colon after it,
 * as btctranscripts.com's Stephan Livera Podcast pages write them), {@code Speaker 0: 00:01:02},
 * {@code **Samir Menon:** 00:00:00}, {@code [Audience]: 00:00:00}, {@code Jane Doe - [00:01:02]},
 * {@code [Speaker 1 00:00]} (name and clock in one pair of brackets, as a Whisper and pyannote
 * script writes its text files) and a handle such as {@code 0xB10C: 00:12:30}.
 */
final class SpeakerHead {

  /** A handle that opens with a digit and holds a letter ({@code 0xB10C}). */
  private static final String HANDLE = "\\d[\\p{L}\\d]*\\p{L}[\\p{L}\\d]*";

  /** What may stand between the name and the clock: bold and bracket marks, colons, a dash. */
  private static final String BETWEEN = "[\\s:\\]*_\u2013\u2014-]+";

  private SpeakerHead() {}

  /**
   * The pattern of such a line (a name never ends in the hours of the clock after it: {@code
   * Stephan 01:00:51:} is Stephan at an hour), given the words a name is made of and a clock; its
   * groups are {@code name} and one of {@code b} (a bracketed clock), {@code p} (in parentheses) or
   * {@code c}.
   */
  static Pattern pattern(String nameWords, String clock) {
    return Pattern.compile(
        "^(?:\\*\\*|__)?\\[?(?<name>"
            + nameWords
            + "|"
            + HANDLE
            + ")(?<![-\u2013\u2014_])(?!:\\d)"
            + BETWEEN
            + "(?:\\[\\s*(?<b>"
            + clock
            + ")\\s*]|\\(\\s*(?<p>"
            + clock
            + ")\\s*\\)|(?<c>"
            + clock
            + ")]?)\\s*:?\\s*$");
  }
}
