package dev.podcastqa.ingest.page;

import java.util.regex.Pattern;

/**
 * Whether a page's first line, taken for its title when nothing labels one, reads as a title: a
 * line with no letter ({@code .}, {@code ---}) is decoration, one over {@value #MAX_CHARS}
 * characters is the description's first paragraph (the longest title in the corpora and fixtures is
 * under 100 characters; the service cuts any title at 300), and a speaker's label alone ({@code
 * **SPEAKER_00:**}, {@code Jane Doe:}, read as {@code SPEAKER_00:}) heads what that speaker says,
 * as diarized transcripts write it above their timed paragraphs: it names no episode.
 */
final class TitleLine {

  static final int MAX_CHARS = 250;

  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  /** One to four words, the first capitalised, then a colon (in bold or not) and nothing more. */
  private static final Pattern LABEL_ALONE =
      Pattern.compile(
          "^(?:\\*\\*|__)?\\p{Lu}[\\p{L}\\d'\u2019._-]*(?:[ \\t]+[\\p{L}\\d'\u2019._-]+){0,3}"
              + "\\s*(?::\\s*(?:\\*\\*|__)?|(?:\\*\\*|__)\\s*:)$");

  private TitleLine() {}

  static boolean hasLetter(String line) {
    return LETTER.matcher(line).find();
  }

  static boolean isTitle(String line) {
    String stripped = line.strip();
    return hasLetter(line)
        && stripped.length() <= MAX_CHARS
        && !LABEL_ALONE.matcher(stripped).matches();
  }
}
