package dev.podcastqa.feedback;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Makes and checks answer ids: {@code a-} and 20 random hex digits, unguessable by others. */
final class AnswerIds {

  private static final Pattern ID = Pattern.compile("a-[0-9a-f]{20}");

  private final SecureRandom random = new SecureRandom();

  String next() {
    byte[] bytes = new byte[10];
    random.nextBytes(bytes);
    return "a-" + HexFormat.of().formatHex(bytes);
  }

  /** Whether {@code id} has the shape of an answer id. */
  static boolean valid(String id) {
    return id != null && ID.matcher(id).matches();
  }

  static void require(String id) {
    if (!valid(id)) {
      throw new IllegalArgumentException("not an answer id: " + id);
    }
  }
}
