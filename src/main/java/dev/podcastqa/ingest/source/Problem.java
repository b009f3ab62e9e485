package dev.podcastqa.ingest.source;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something in a source that could not be read: the file or URL, the 1-based line (0 when the
 * problem is not on one line) and why. A {@code note} says how something was read where the source
 * left a gap (a title taken from the file name): everything was read, so it is no failure. Only a
 * note says so in JSON ({@code "note": true}), so problems print as they did.
 */
public record Problem(
    String location,
    int line,
    String reason,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean note) {

  public Problem {
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("problem has no location");
    }
    if (line < 0) {
      throw new IllegalArgumentException("negative line " + line);
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("problem has no reason");
    }
  }

  /** Something that could not be read. */
  public Problem(String location, int line, String reason) {
    this(location, line, reason, false);
  }

  /** A note on how a source that was read in full was completed. */
  public static Problem note(String location, int line, String reason) {
    return new Problem(location, line, reason, true);
  }

  /** {@code file:line: reason}, the form compilers use, so editors can jump to it. */
  @Override
  public String toString() {
    return line > 0 ? location + ":" + line + ": " + reason : location + ": " + reason;
  }
}
