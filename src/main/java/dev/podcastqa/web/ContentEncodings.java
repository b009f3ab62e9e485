package dev.podcastqa.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * Which request bodies are read as sent: those with no {@code Content-Encoding}, or {@code
 * identity}. No route decodes gzip or any other coding, and a compressed body read as if plain was
 * refused as malformed JSON, a 400 that sent the client looking in the wrong place; such a body is
 * a 415 instead (RFC 7694), with {@code Accept-Encoding: identity}, on every route.
 */
final class ContentEncodings {

  /** What a 415 for an encoded body says: the same sentence on every route. */
  static final String UNSUPPORTED =
      "Content-Encoding is not supported: send the body uncompressed.";

  private static final int SHOWN = 40;

  private ContentEncodings() {}

  /**
   * Why the body of {@code request} cannot be read as sent, for the log line (naming the coding),
   * or nothing when it can.
   */
  static Optional<String> refusal(Request request) {
    List<String> codings = request.getHeaders().getCSV(HttpHeader.CONTENT_ENCODING, false);
    String named =
        String.join(
            ", ",
            codings.stream()
                .filter(coding -> !coding.isBlank())
                .filter(coding -> !coding.strip().equalsIgnoreCase("identity"))
                .toList());
    if (named.isEmpty()) {
      return Optional.empty();
    }
    String shown = named.length() <= SHOWN ? named : named.substring(0, SHOWN) + "…";
    return Optional.of(
        "Content-Encoding "
            + shown.toLowerCase(Locale.ROOT)
            + " is not supported: send the body uncompressed.");
  }
}
