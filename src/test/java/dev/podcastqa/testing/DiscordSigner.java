package dev.podcastqa.testing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Signs requests the way Discord signs interactions, with a real Ed25519 key pair made for the
 * test: the signature covers the timestamp's bytes followed by the body's bytes.
 */
public final class DiscordSigner {

  private final KeyPair keys;

  private DiscordSigner(KeyPair keys) {
    this.keys = keys;
  }

  /** A signer with a fresh key pair. */
  public static DiscordSigner generate() {
    try {
      return new DiscordSigner(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The public key as the Developer Portal shows it: the raw 32 bytes in hex (the last 32 bytes of
   * the X.509 encoding).
   */
  public String publicKeyHex() {
    byte[] encoded = keys.getPublic().getEncoded();
    return HexFormat.of()
        .formatHex(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
  }

  /** The {@code X-Signature-Ed25519} value for {@code timestamp} and {@code body}. */
  public String sign(String timestamp, byte[] body) {
    try {
      Signature ed25519 = Signature.getInstance("Ed25519");
      ed25519.initSign(keys.getPrivate());
      ed25519.update(timestamp.getBytes(StandardCharsets.UTF_8));
      ed25519.update(body);
      return HexFormat.of().formatHex(ed25519.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public String sign(String timestamp, String body) {
    return sign(timestamp, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Now as Discord writes it in {@code X-Signature-Timestamp}: Unix seconds. */
  public static String now() {
    return String.valueOf(Instant.now().getEpochSecond());
  }
}
