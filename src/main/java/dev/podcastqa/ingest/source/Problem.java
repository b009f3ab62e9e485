package dev.podcastqa.ingest.source;

/**
 * Something in a source that could not be read: the file or URL, the 1-based line (0 when the
 * problem is not on one line) and why.
 */
public record Problem(String location, int line, String reason) {

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

  /** {@code file:line: reason}, the form compilers use, so editors can jump to it. */
  @Override
  public String toString() {
    return line > 0 ? location + ":" + line + ": " + reason : location + ": " + reason;
  }
}
