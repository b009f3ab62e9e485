package dev.podcastqa.index;

import java.util.regex.Pattern;

/**
 * The labels a transcriber gives voices it cannot name ("Speaker 12", "SPEAKER_00", "spk_0"). A
 * transcript window writes each turn's label before it, and a label that names no one is no part of
 * what was said: in a window of short turns ("Speaker 2: Yeah. Speaker 12: Hi.") it is much of what
 * the embedding model reads.
 */
public final class AnonymousSpeakers {

  /** A label that names no one, as a transcriber writes it. */
  private static final String LABEL = "(?:speaker|spk|unknown|voice|person)[ _-]?\\w{0,3}";

  private static final Pattern ANONYMOUS = Pattern.compile("(?i)" + LABEL);

  /** A line's opening label that names no one, with its colon and the space after it. */
  private static final Pattern OPENING_LABEL = Pattern.compile("(?im)^" + LABEL + ": ");

  private AnonymousSpeakers() {}

  /** Whether {@code label}, a speaker label as the transcript gives it, names no one. */
  public static boolean isAnonymous(String label) {
    return ANONYMOUS.matcher(label.strip()).matches();
  }

  /** {@code text} without the anonymous label opening any of its lines. */
  static String unlabelled(String text) {
    return OPENING_LABEL.matcher(text).replaceAll("");
  }
}
