package dev.podcastqa.ingest.source;

import java.util.regex.Pattern;

/**
 * Keeps a link's text from reading as a speaker's label. Show notes write {@code [00:05:12]
 * [Systemd](https://systemd.io): why it was built} or {@code <a href="...">GitHub</a>: the
 * repository}; with the link replaced by its text that is the shape of {@code Name: text}, and a
 * link text used twice so became a "speaker" and the notes a transcript. A transcript names its
 * speakers in plain words, so a link's text directly followed by a colon, with nothing but a time,
 * a bullet or punctuation before it on its line, is read with a dash for the colon: {@code Systemd
 * – why it was built}. A link whose text is a time ({@code **Jane** [00:01:02](url):}) is left as
 * it is: that colon ends a speaker's head.
 */
public final class LinkLabels {

  /** What may stand before a label on its line: a time, list and quote marks, brackets. */
  private static final Pattern NO_WORD_BEFORE = Pattern.compile("^[\\s\\p{P}\\p{S}\\d]*$");

  private static final Pattern COLON = Pattern.compile("^[ \\t\\u00A0]*:(?=\\s|$)");

  private static final String DASH = " \u2013";

  private LinkLabels() {}

  /**
   * {@code following}, the text right after a link whose text is {@code linkText} and which stands
   * after {@code lineBefore} on its line, with the colon that would make the link a label read as a
   * dash; unchanged otherwise.
   */
  public static String following(String lineBefore, String linkText, String following) {
    String text = linkText.strip();
    if (text.isEmpty()
        || !Character.isLetter(text.codePointAt(0))
        || !NO_WORD_BEFORE.matcher(lineBefore).matches()) {
      return following;
    }
    return COLON.matcher(following).replaceFirst(DASH);
  }
}
