package dev.podcastqa.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.podcastqa.json.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Reads a JSON request body the way every API route must: {@code application/json} only, at most
 * {@link #MAX_BYTES}, well-formed UTF-8, one JSON object naming each field once and nothing after
 * it. Anything else becomes a {@link RequestRejectedException}.
 */
final class RequestBody {

  /** Largest request body any route accepts, in bytes. */
  static final int MAX_BYTES = 64 * 1024;

  private final ObjectMapper mapper;

  /** Reads one field's value; the object around it goes on after the value. */
  private final ObjectReader fieldValues;

  RequestBody(ObjectMapper mapper) {
    this.mapper = mapper;
    this.fieldValues =
        mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
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

  /**
   * The body of {@code ctx} as one JSON object, after checking its type and size, that it is UTF-8
   * and that it holds one object with no name twice and nothing after it.
   */
  ObjectNode object(Context ctx) {
    requireJson(ctx.header("Content-Type"));
    byte[] bytes = raw(ctx);
    requireUtf8(bytes);
    return parseObject(bytes);
  }

  /**
   * Checks that a route taking no fields was sent none: no body, or an empty JSON object; a body
   * with fields is refused naming them, as the client expected them to do something.
   */
  void none(Context ctx) {
    byte[] bytes = raw(ctx);
    if (new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
      return;
    }
    requireJson(ctx.header("Content-Type"));
    requireUtf8(bytes);
    BodyFields.of(parseObject(bytes), List.of());
  }

  /**
   * Reads the object field by field rather than as a tree, which would keep the last of two fields
   * of one name and hide the first: a client sending both meant something this service cannot tell.
   */
  private ObjectNode parseObject(byte[] bytes) {
    try (JsonParser parser = mapper.createParser(bytes)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw RequestRejectedException.badJson("The body is empty; send a JSON object.");
      }
      if (first != JsonToken.START_OBJECT) {
        throw RequestRejectedException.badJson("The body must be a JSON object.");
      }
      ObjectNode object = mapper.createObjectNode();
      for (JsonToken token = parser.nextToken();
          token == JsonToken.FIELD_NAME;
          token = parser.nextToken()) {
        String name = parser.currentName();
        if (object.has(name)) {
          throw new RequestRejectedException(
              400,
              "duplicate_field",
              "The body names the field \""
                  + UnknownNames.shown(name)
                  + "\" more than once; send it once.",
              UnknownNames.shown(name));
        }
        parser.nextToken();
        JsonNode value = fieldValues.readTree(parser);
        object.set(name, value == null ? NullNode.getInstance() : value);
      }
      requireNothingAfter(parser);
      return object;
    } catch (JacksonException e) {
      throw RequestRejectedException.badJson(Json.notValid(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Refuses anything but white space after the object, which ends where {@code parser} is. */
  private static void requireNothingAfter(JsonParser parser) throws IOException {
    JsonLocation end = parser.currentTokenLocation();
    boolean more;
    try {
      more = parser.nextToken() != null;
    } catch (JacksonException e) {
      more = true; // not even JSON: still something after the object
    }
    if (more) {
      throw RequestRejectedException.badJson(
          "The body goes on after its JSON object, which ends at line "
              + end.getLineNr()
              + ", column "
              + end.getColumnNr()
              + "; send one JSON object.");
    }
  }

  /**
   * Refuses bytes that are not well-formed UTF-8 (JSON's encoding), such as the overlong {@code C0
   * AF} for "/", which the JSON parser would let through.
   */
  static void requireUtf8(byte[] bytes) {
    Utf8Body.problem(bytes)
        .ifPresent(
            problem -> {
              throw RequestRejectedException.badJson(problem);
            });
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
