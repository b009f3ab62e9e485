package dev.podcastqa.openai;

import java.util.Objects;

/**
 * OpenAI's error body, {@code {"error": {"message", "type", "param", "code"}}}; it never carries an
 * exception message from inside the service.
 */
record OpenAiError(Detail error) {

  /** What went wrong; {@code param} and {@code code} are null when nothing more is said. */
  record Detail(String message, String type, String param, String code) {

    Detail {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(type, "type");
    }
  }

  static OpenAiError of(String message, String type, String param, String code) {
    return new OpenAiError(new Detail(message, type, param, code));
  }

  /** The body for a status nothing more specific was said about (Jetty's own refusals). */
  static OpenAiError forStatus(int status) {
    return switch (status) {
      case 401 ->
          of(
              "Send the API key as Authorization: Bearer <key>.",
              "invalid_request_error",
              null,
              "invalid_api_key");
      case 404 -> of("There is nothing at this address.", "invalid_request_error", null, null);
      case 413 ->
          of(
              "The request body is too large for this service.",
              "invalid_request_error",
              "messages",
              "request_too_large");
      case 415 ->
          of(
              "Content-Encoding is not supported: send the body uncompressed.",
              "invalid_request_error",
              null,
              "unsupported_encoding");
      case 417 ->
          of(
              "Expect takes 100-continue only; send the request without another expectation.",
              "invalid_request_error",
              null,
              "expectation_failed");
      case 429 ->
          of(
              "Too many answers for this address are in progress; wait for one to end.",
              "requests",
              null,
              "rate_limit_exceeded");
      case 503 ->
          of("The service is not ready; please try again soon.", "server_error", null, null);
      default ->
          status >= 500
              ? of(
                  "Something went wrong on our side; please try again.", "server_error", null, null)
              : of(
                  "The request was refused (HTTP " + status + ").",
                  "invalid_request_error",
                  null,
                  null);
    };
  }
}
