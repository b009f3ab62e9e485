package dev.podcastqa.episode;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns titles into the stable ids used in URLs: lower case ASCII words joined by hyphens. */
public final class Slug {

  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final int MAX_LENGTH = 96;

  private Slug() {}

  public static String of(String text) {
    // "Goodfire's" reads as "goodfires", not "goodfire-s".
    String ascii =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .replaceAll("['’]", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (slug.length() > MAX_LENGTH) {
      slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
    }
    return slug.isEmpty() ? "episode" : slug;
  }

  public static boolean isValid(String id) {
    return id != null && VALID.matcher(id).matches();
  }
}
