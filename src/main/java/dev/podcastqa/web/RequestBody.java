package dev.podcastqa.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.json.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a JSON request body the way every API route must: {@code application/json} only, at most
 * {@link #MAX_BYTES}, parsed with the project mapper. Anything else becomes a {@link
 * RequestRejectedException}.
 */
final class RequestBody {

  /** Largest request body any route accepts, in bytes. */
  static final int MAX_BYTES = 64 * 1024;

  private final ObjectMapper mapper;

  RequestBody(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * The body of {@code ctx} exactly as sent, at most {@link #MAX_BYTES}, for routes that must see
   * the bytes before any parsing (a signature covers them).
   */
  byte[] raw(Context ctx) {
    try (InputStream in = ctx.req().getInputStream()) {
      return readAtMost(in, ctx.req().getContentLengthLong(), MAX_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the request body", e);
    }
  }

  /** The body of {@code ctx} as a JSON tree, after checking its type and size. */
  JsonNode json(Context ctx) {
    requireJson(ctx.header("Content-Type"));
    byte[] bytes;
    try (InputStream in = ctx.req().getInputStream()) {
      bytes = readAtMost(in, ctx.req().getContentLengthLong(), MAX_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the request body", e);
    }
    requireUtf8(bytes);
    JsonNode tree = parse(bytes);
    if (tree == null || tree.isMissingNode()) {
      throw RequestRejectedException.badJson("The body is empty; send a JSON object.");
    }
    return tree;
  }

  private JsonNode parse(byte[] bytes) {
    try {
      return mapper.readTree(bytes);
    } catch (JacksonException e) {
      throw RequestRejectedException.badJson(Json.notValid(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Refuses bytes that are not well-formed UTF-8 (JSON's encoding), such as the overlong {@code C0
   * AF} for "/", which the JSON parser would let through.
   */
  static void requireUtf8(byte[] bytes) {
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = strict.decode(in, out, true);
    if (result.isError()) {
      throw RequestRejectedException.badJson(
          "The body is not valid UTF-8 (at byte " + (in.position() + 1) + ").");
    }
  }

  /**
   * Reads {@code in} to its end, refusing more than {@code max} bytes: up front when the declared
   * length ({@code -1} if unknown, as for chunked bodies) says so, and while reading otherwise.
   */
  static byte[] readAtMost(InputStream in, long declaredLength, int max) throws IOException {
    if (declaredLength > max) {
      throw RequestRejectedException.tooLarge();
    }
    byte[] bytes = in.readNBytes(max + 1);
    if (bytes.length > max) {
      throw RequestRejectedException.tooLarge();
    }
    return bytes;
  }

  /** Accepts {@code application/json} with no parameter other than a UTF-8 charset. */
  static void requireJson(String contentType) {
    if (contentType == null) {
      throw RequestRejectedException.unsupportedMediaType(null);
    }
    String[] parts = contentType.split(";");
    if (!parts[0].strip().equalsIgnoreCase("application/json")) {
      throw RequestRejectedException.unsupportedMediaType(shorten(contentType));
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace("\"", "");
      if (!parameter.isEmpty() && !parameter.equals("charset=utf-8")) {
        throw RequestRejectedException.unsupportedMediaType(shorten(contentType));
      }
    }
  }

  private static String shorten(String text) {
    return text.length() <= 80 ? text : text.substring(0, 80) + "…";
  }
}
