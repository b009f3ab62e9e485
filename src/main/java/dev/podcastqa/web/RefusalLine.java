package dev.podcastqa.web;

import java.util.Locale;

/**
 * The one log line a refused request makes, the same for every way in (the API, {@code /v1}, the
 * errors Jetty answers itself): {@code 400 for POST /api/chat from 127.0.0.1: unknown_field:
 * Unknown field ...}. What the client sent is escaped, so it can never start a line of its own.
 */
public final class RefusalLine {

  private RefusalLine() {}

  /**
   * The line for a request to {@code path} from {@code from} refused with {@code status}, {@code
   * code} (the error's stable name) and {@code detail} (the sentence the client was sent).
   */
  public static String of(
      int status, String method, String path, String from, String code, String detail) {
    return line(status, oneLine(method) + " " + oneLine(path), from, code, detail);
  }

  /** The line for a request whose method and path could not be read (a malformed request line). */
  public static String unreadable(int status, String from, String code, String detail) {
    return line(status, "an unreadable request", from, code, detail);
  }

  private static String line(int status, String request, String from, String code, String detail) {
    return status
        + " for "
        + request
        + " from "
        + oneLine(from)
        + ": "
        + oneLine(code)
        + ": "
        + oneLine(detail);
  }

  /**
   * {@code text} with line breaks and other control characters escaped: what a client sent (a field
   * name, an id) must not start a line of its own in the log.
   */
  private static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder line = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                line.append(String.format(Locale.ROOT, "\\u%04x", c));
              } else {
                line.appendCodePoint(c);
              }
            });
    return line.toString();
  }
}
