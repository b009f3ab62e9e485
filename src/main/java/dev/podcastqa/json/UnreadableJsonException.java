package dev.podcastqa.json;

/**
 * A request body that could not be read as JSON; its message says what to tell the client (where it
 * broke, or which limit it passed), never the parser's own words, which quote the input.
 */
public final class UnreadableJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UnreadableJsonException(String detail) {
    super(detail);
  }
}
