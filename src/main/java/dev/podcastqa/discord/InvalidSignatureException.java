package dev.podcastqa.discord;

/**
 * An interaction request is not provably from Discord: a signature or timestamp header is missing
 * or malformed, the signature does not verify, or the timestamp is too far from now.
 */
public final class InvalidSignatureException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidSignatureException() {
    super("invalid request signature");
  }
}
