package dev.podcastqa.web;

import java.util.Map;
import java.util.Optional;

/**
 * What to tell a client whose request Jetty refused as malformed, from Jetty's own reason: its
 * reasons are short and fixed, but written for a server's log ("Invalid Content-Length Value"), and
 * the body said only "The request could not be understood." Reasons not listed keep that.
 */
final class JettyReasons {

  private static final Map<String, String> SAID =
      Map.of(
          "No Host", "The request has no Host header, which HTTP/1.1 requires.",
          "Duplicate Host Header", "The request has two Host headers; send one.",
          "Multiple Content-Lengths", "The request has two Content-Length headers; send one.",
          "Invalid Content-Length Value", "Content-Length must be a whole number of bytes.",
          "Transfer-Encoding and Content-Length",
              "The request has both Transfer-Encoding and Content-Length; send one of them.",
          "Bad Transfer-Encoding, chunked not last",
              "Transfer-Encoding must end with chunked, and this service takes chunked alone.",
          "Early EOF", "The connection closed before the whole body arrived.",
          "Line Folding not supported",
              "A header goes on over a second line (obsolete line folding); send it on one.",
          "Authority!=Host", "The request's target names another host than its Host header.");

  private JettyReasons() {}

  /** The sentence for Jetty's {@code reason}, or empty when there is none more useful. */
  static Optional<String> sentence(String reason) {
    return Optional.ofNullable(reason == null ? null : SAID.get(reason));
  }
}
