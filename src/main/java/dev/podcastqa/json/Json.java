package dev.podcastqa.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Builds the project's ObjectMapper: ISO dates, records as plain objects, strict input. */
public final class Json {

  /** How deep objects and arrays may nest in what the mapper reads. */
  static final int MAX_NESTING = 64;

  private Json() {}

  /**
   * A new mapper. Dates are written as {@code 2023-06-18}; unknown properties in input are ignored
   * (clients may send more than the contract names); nulls are written as null.
   */
  public static ObjectMapper newMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
    return mapper;
  }

  /**
   * What to tell a client whose body did not parse: only where it broke, since the parser's own
   * message quotes the input and names internals.
   */
  public static String notValid(JacksonException e) {
    if (e instanceof StreamConstraintsException limit) {
      return pastLimit(limit);
    }
    JsonLocation at = e.getLocation();
    return at == null
        ? "The body is not valid JSON."
        : "The body is not valid JSON (line "
            + at.getLineNr()
            + ", column "
            + at.getColumnNr()
            + ").";
  }

  /**
   * {@code body} read by {@code mapper} as one JSON value, refusing an object that names a field
   * twice: a reader that keeps the last (as a tree does) and one that keeps the first (a proxy, a
   * log) would see two different requests.
   *
   * @throws UnreadableJsonException saying what to tell the client
   */
  public static JsonNode readStrict(ObjectMapper mapper, byte[] body) {
    try {
      return mapper.reader().with(StreamReadFeature.STRICT_DUPLICATE_DETECTION).readTree(body);
    } catch (JacksonException strict) {
      if (readsWithoutDuplicateCheck(mapper, body)) {
        JsonLocation at = strict.getLocation();
        throw new UnreadableJsonException(
            "The body names a field twice in one object"
                + (at == null
                    ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                + "; send each field once.");
      }
      throw new UnreadableJsonException(notValid(strict));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean readsWithoutDuplicateCheck(ObjectMapper mapper, byte[] body) {
    try {
      mapper.readTree(body);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Which of the parser's limits {@code e} passed, in the client's words. */
  private static String pastLimit(StreamConstraintsException e) {
    String said = String.valueOf(e.getOriginalMessage());
    if (said.startsWith("Document nesting depth")) {
      return "The body nests objects and arrays more than " + MAX_NESTING + " deep.";
    }
    if (said.startsWith("Number value length")) {
      return "The body has a number of more than "
          + StreamReadConstraints.DEFAULT_MAX_NUM_LEN
          + " digits.";
    }
    if (said.startsWith("Name length")) {
      return "The body has a field name of more than "
          + StreamReadConstraints.DEFAULT_MAX_NAME_LEN
          + " characters.";
    }
    return "The body is past a limit on JSON read here (nesting, number or name length).";
  }
}
