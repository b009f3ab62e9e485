package dev.podcastqa.ingest.transcript;

import java.util.regex.Pattern;

/**
 * Subtitle text as SubRip files and the JSON lists converted from them carry it: inline tags
 * ({@code <i>}, {@code <font color="...">}) and ASS override codes ({@code {\an8}}) removed with
 * their text kept, and the subtitle's line breaks joined with a space.
 */
final class SubtitleMarkup {

  private static final Pattern MARKUP = Pattern.compile("<[^>]*>|\\{\\\\[^}]*}");

  private SubtitleMarkup() {}

  /**
   * {@code text} without markup, each run of white space one space, stripped. Text with no tag, the
   * most common, goes through no regular expression: this runs for every cue.
   */
  static String plain(String text) {
    String untagged =
        text.indexOf('<') < 0 && text.indexOf('{') < 0 ? text : MARKUP.matcher(text).replaceAll("");
    return Spaces.collapse(untagged).strip();
  }
}
