package dev.podcastqa.ingest.page;

import java.util.regex.Pattern;

/**
 * Whether a page's first line, taken for its title when nothing labels one, reads as a title: a
 * line with no letter ({@code .}, {@code ---}) is decoration, and one over {@value #MAX_CHARS}
 * characters is the description's first paragraph (the longest title in the corpora and fixtures is
 * under 100 characters; the service cuts any title at 300).
 */
final class TitleLine {

  static final int MAX_CHARS = 250;

  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  private TitleLine() {}

  static boolean hasLetter(String line) {
    return LETTER.matcher(line).find();
  }

  static boolean isTitle(String line) {
    return hasLetter(line) && line.strip().length() <= MAX_CHARS;
  }
}
