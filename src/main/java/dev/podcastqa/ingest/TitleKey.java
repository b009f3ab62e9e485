package dev.podcastqa.ingest;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalized text for deciding whether two titles, podcast names or paragraphs are the same: case,
 * accents, punctuation and spacing do not count.
 */
final class TitleKey {

  private TitleKey() {}

  static String of(String text) {
    if (text == null) {
      return "";
    }
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return ascii
        .toLowerCase(Locale.ROOT)
        .replace('’', '\'')
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }
}
