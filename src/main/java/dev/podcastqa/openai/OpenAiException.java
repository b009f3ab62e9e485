package dev.podcastqa.openai;

/**
 * A request {@code /v1} refuses, with what OpenAI's error body says about it: the HTTP status, the
 * error type and code, the parameter at fault (or null) and a sentence for people.
 */
final class OpenAiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final String param;
  private final String code;

  OpenAiException(int status, String type, String param, String code, String message) {
    super(message);
    this.status = status;
    this.type = type;
    this.param = param;
    this.code = code;
  }

  /** A 400 for a request whose {@code param} is wrong in the way {@code message} says. */
  static OpenAiException invalid(String param, String message) {
    return new OpenAiException(400, "invalid_request_error", param, null, message);
  }

  int status() {
    return status;
  }

  OpenAiError body() {
    return OpenAiError.of(getMessage(), type, param, code);
  }
}
