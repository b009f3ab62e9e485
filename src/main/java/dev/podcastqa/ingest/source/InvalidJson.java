package dev.podcastqa.ingest.source;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import java.util.regex.Pattern;

/**
 * A JSON source the parser could not read, said in plain words: the line and column where it broke
 * and the parser's reason, without the location blob ({@code [Source: REDACTED ...]}) Jackson
 * writes into its messages.
 */
public final class InvalidJson {

  /** Jackson's own location text, with the parenthesis it sits in when it names a start marker. */
  private static final Pattern LOCATION_BLOB =
      Pattern.compile("\\s*(?:\\([^()\\[]*\\[Source: [^\\]]*\\]\\)|\\[Source: [^\\]]*\\])");

  private InvalidJson() {}

  /** The problem of {@code location}, whose JSON {@code e} could not read. */
  public static SourceException at(String location, JacksonException e) {
    JsonLocation where = e.getLocation();
    int line = where == null ? 0 : Math.max(0, where.getLineNr());
    int column = where == null ? 0 : where.getColumnNr();
    String reason = LOCATION_BLOB.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("");
    String at = column > 0 ? "invalid JSON at column " + column + ": " : "invalid JSON: ";
    return new SourceException(location, line, at + reason.strip(), e);
  }
}
