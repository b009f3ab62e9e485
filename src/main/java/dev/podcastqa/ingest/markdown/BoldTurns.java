package dev.podcastqa.ingest.markdown;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a text whose name does not say Markdown is Markdown all the same: its turns open with a
 * bold name ({@code **Mat Ryer:** \[08:11\] Well, ...}), as The Changelog's transcripts do, saved
 * as {@code .txt} by those who republish them. Read as plain text, the bold marks and the escaped
 * brackets hid every name and time; read as Markdown, they are the turns' heads.
 */
final class BoldTurns {

  /** Lines that open with a bold name make a text Markdown from this many on. */
  static final int AT_LEAST = 3;

  private static final Pattern HEAD = Pattern.compile("^\\*\\*[^*\\r\\n]{1,80}?:\\*\\*\\s");

  private BoldTurns() {}

  /** Whether at least {@link #AT_LEAST} of {@code lines} open with a bold name and a colon. */
  static boolean hold(List<String> lines) {
    int heads = 0;
    for (String line : lines) {
      if (HEAD.matcher(line).find() && ++heads >= AT_LEAST) {
        return true;
      }
    }
    return false;
  }
}
