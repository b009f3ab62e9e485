package dev.podcastqa.web;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks that a request body is well-formed UTF-8 (JSON's encoding), which the JSON parser does
 * not: it reads the overlong {@code C0 AF} as "/". Every route that parses a JSON body checks it
 * first, each answering in its own error shape.
 */
public final class Utf8Body {

  private Utf8Body() {}

  /**
   * What to tell the client when {@code body} is not well-formed UTF-8, naming the first byte that
   * is wrong; empty when it is.
   */
  public static Optional<String> problem(byte[] body) {
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CharBuffer out = CharBuffer.allocate(body.length);
    CoderResult result = strict.decode(in, out, true);
    if (result.isError()) {
      return Optional.of("The body is not valid UTF-8 (at byte " + (in.position() + 1) + ").");
    }
    return Optional.empty();
  }
}
