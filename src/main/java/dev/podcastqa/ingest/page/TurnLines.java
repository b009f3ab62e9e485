package dev.podcastqa.ingest.page;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a page's first line is the first turn of an untimed transcript rather than its title:
 * {@code Jon Gjengset: Hello, Ben.} heads Rustacean Station's transcripts, whose turns go on {@code
 * Ben Striegel: ...}, {@code Jon: ...}, {@code Ben: ...}. It is a turn when its speaker (known by
 * the first word of the name, as a full name is written once and the first name after) opens at
 * least {@value #MIN_TURNS} lines of the page, its own included, with text after the colon. A
 * diarizer's label is a speaker too: {@code SPEAKER_00: Welcome back.} (WhisperX, one turn a line
 * with no times), {@code Speaker 1: ...}.
 */
final class TurnLines {

  static final int MIN_TURNS = 3;

  private static final Pattern TURN =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}\\d_.'-]*)(?: \\p{Lu}[\\p{L}.'-]*){0,3}(?: \\d{1,3})?:\\s+\\S");

  private TurnLines() {}

  /** Whether {@code first}, a page's first line, opens the first of its speaker's turns. */
  static boolean isTurn(String first, List<PageLine> lines) {
    Matcher opening = TURN.matcher(first.strip());
    if (!opening.find()) {
      return false;
    }
    String speaker = opening.group(1).toLowerCase(Locale.ROOT);
    int turns = 0;
    for (PageLine line : lines) {
      Matcher turn = TURN.matcher(line.text().strip());
      if (turn.find() && turn.group(1).toLowerCase(Locale.ROOT).equals(speaker)) {
        turns++;
        if (turns >= MIN_TURNS) {
          return true;
        }
      }
    }
    return false;
  }
}
