package dev.podcastqa.ingest.transcript;

import java.util.regex.Pattern;

/**
 * A line of a transcript that says what is heard rather than what someone says: a cue in brackets
 * ({@code [Music]}, {@code (laughter)}) or a line on the music ({@code Broken By Design by Clip Art
 * plays.}, {@code Theme music fades out.}), as 37signals's REWORK transcripts mark their intro.
 * Nobody speaks it, so it does not continue the turn before it.
 */
final class StageDirection {

  private static final Pattern BRACKETED = Pattern.compile("^\\s*[\\[(][^\\])]*[\\])]\\.?\\s*$");

  /** A short line ending on what the music does, or on "music" itself ("Upbeat music."). */
  private static final Pattern MUSIC =
      Pattern.compile(
          "(?i)^(?:(?:\\S+\\s+){1,10}(?:plays|playing|fades (?:in|out|up|down))"
              + "|(?:\\S+\\s+){0,2}(?:music|jingle))\\.?\\s*$");

  /** Words of someone speaking, which a cue does not use ("that's how he plays"). */
  private static final Pattern SPEECH =
      Pattern.compile("(?i)\\b(?:i|i'm|me|my|we|our|you|your|he|she|it|they|that|that's|this)\\b");

  private StageDirection() {}

  /** Whether {@code text}, the words of one timed line, is a cue rather than speech. */
  static boolean is(String text) {
    return BRACKETED.matcher(text).matches()
        || (MUSIC.matcher(text).matches() && !SPEECH.matcher(text).find());
  }
}
