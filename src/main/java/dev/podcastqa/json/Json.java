package dev.podcastqa.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Builds the project's ObjectMapper: ISO dates, records as plain objects, strict input. */
public final class Json {

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
        .setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    return mapper;
  }

  /**
   * What to tell a client whose body did not parse: only where it broke, since the parser's own
   * message quotes the input and names internals.
   */
  public static String notValid(JacksonException e) {
    JsonLocation at = e.getLocation();
    return at == null
        ? "The body is not valid JSON."
        : "The body is not valid JSON (line "
            + at.getLineNr()
            + ", column "
            + at.getColumnNr()
            + ").";
  }
}
