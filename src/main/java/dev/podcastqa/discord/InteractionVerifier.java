package dev.podcastqa.discord;

import dev.podcastqa.config.ConfigException;
import dev.podcastqa.config.Setting;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;

/**
 * Checks that an interaction request comes from Discord, as Discord requires: the Ed25519 signature
 * in {@code X-Signature-Ed25519} must verify, with the application's public key, over the bytes of
 * {@code X-Signature-Timestamp} followed by the raw body bytes; and the timestamp must be within
 * five minutes of now, so an old request cannot be replayed.
 *
 * <p>Uses the JDK's own Ed25519 (Java 15+). Every request goes through the same steps whatever is
 * wrong with it, so timing does not tell a malformed header from a wrong signature.
 */
public final class InteractionVerifier {

  static final Duration MAX_SKEW = Duration.ofMinutes(5);

  private static final int KEY_BYTES = 32;
  private static final int SIGNATURE_BYTES = 64;
  // DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410): SEQUENCE { SEQUENCE {
  // OID 1.3.101.112 }, BIT STRING of 32 bytes }, followed by the raw key.
  private static final byte[] X509_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
  };

  private final PublicKey key;
  private final Clock clock;

  /**
   * @param publicKeyHex the application's public key as Discord shows it: 32 bytes in hex
   * @throws ConfigException when it is not such a key
   */
  public InteractionVerifier(String publicKeyHex, Clock clock) {
    this.key = publicKey(publicKeyHex);
    this.clock = clock;
  }

  /**
   * Passes when Discord signed {@code timestamp} + {@code body} and the timestamp is recent.
   *
   * @param signatureHex the {@code X-Signature-Ed25519} header, or null when absent
   * @param timestamp the {@code X-Signature-Timestamp} header (Unix seconds), or null when absent
   * @param body the request body exactly as received
   * @throws InvalidSignatureException otherwise
   */
  public void verify(String signatureHex, String timestamp, byte[] body) {
    byte[] signature = decodeHex(signatureHex, SIGNATURE_BYTES);
    boolean wellFormed = signature != null && timestamp != null;
    boolean signed = signedBy(wellFormed ? signature : new byte[SIGNATURE_BYTES], timestamp, body);
    boolean recent = recent(timestamp);
    if (!(wellFormed & signed & recent)) {
      throw new InvalidSignatureException();
    }
  }

  private boolean signedBy(byte[] signature, String timestamp, byte[] body) {
    try {
      Signature ed25519 = Signature.getInstance("Ed25519");
      ed25519.initVerify(key);
      ed25519.update((timestamp == null ? "" : timestamp).getBytes(StandardCharsets.UTF_8));
      ed25519.update(body);
      return ed25519.verify(signature);
    } catch (GeneralSecurityException e) {
      // A signature that is not a valid encoding is simply not a valid signature.
      return false;
    }
  }

  private boolean recent(String timestamp) {
    long seconds;
    try {
      seconds = timestamp == null ? Long.MIN_VALUE : Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return false;
    }
    if (seconds == Long.MIN_VALUE) {
      return false;
    }
    long now = clock.instant().getEpochSecond();
    return Math.abs(now - seconds) <= MAX_SKEW.toSeconds();
  }

  private static PublicKey publicKey(String hex) {
    byte[] raw = decodeHex(hex == null ? null : hex.strip(), KEY_BYTES);
    if (raw == null) {
      throw new ConfigException(
          Setting.DISCORD_PUBLIC_KEY, hex, "not a public key: expected 64 hexadecimal digits");
    }
    byte[] encoded = new byte[X509_PREFIX.length + KEY_BYTES];
    System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
    System.arraycopy(raw, 0, encoded, X509_PREFIX.length, KEY_BYTES);
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    } catch (GeneralSecurityException e) {
      throw new ConfigException(Setting.DISCORD_PUBLIC_KEY, hex, "not an Ed25519 public key");
    }
  }

  /**
   * {@code hex} as exactly {@code length} bytes, or null when it is absent, of another length or
   * not hexadecimal. Every character is looked at, valid or not.
   */
  static byte[] decodeHex(String hex, int length) {
    if (hex == null || hex.length() != length * 2) {
      return null;
    }
    byte[] out = new byte[length];
    boolean valid = true;
    for (int i = 0; i < length; i++) {
      int high = nibble(hex.charAt(2 * i));
      int low = nibble(hex.charAt(2 * i + 1));
      valid &= high >= 0 & low >= 0;
      out[i] = (byte) ((high << 4) | (low & 0xf));
    }
    return valid ? out : null;
  }

  /** The value of an ASCII hex digit, or -1. */
  private static int nibble(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
