package dev.podcastqa.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * The bearer token the agent-facing channels ({@code /v1}, {@code /mcp}) require when one is set
 * ({@code PODCASTQA_API_KEY}); with none set, every request is let in.
 */
public final class ApiKey {

  private static final String BEARER = "bearer ";

  private final byte[] key;

  private ApiKey(String key) {
    this.key = key.getBytes(StandardCharsets.UTF_8);
  }

  /** The key {@code value}, or no key when it is blank. */
  public static ApiKey of(String value) {
    return new ApiKey(value == null ? "" : value.strip());
  }

  public boolean required() {
    return key.length > 0;
  }

  /**
   * Whether a request with this {@code Authorization} header (null when absent) may pass. The
   * comparison takes the same time wherever the token differs, so it does not leak the key.
   */
  public boolean admits(String authorization) {
    if (!required()) {
      return true;
    }
    if (authorization == null
        || authorization.length() < BEARER.length()
        || !authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
      return false;
    }
    byte[] given =
        authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, key);
  }
}
