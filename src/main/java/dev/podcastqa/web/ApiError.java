package dev.podcastqa.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON body of every error response: a short, stable code for programs and a sentence for
 * people, and, when one field of the request (body field or query parameter) is at fault, its name.
 * It never carries a stack trace or an exception message from inside the service.
 *
 * @param field the field at fault, left out of the JSON when the error is not about one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiError(String error, String detail, String field) {

  /** What a 417 says: Jetty refuses any {@code Expect} but {@code 100-continue}. */
  static final String EXPECTATION =
      "Expect takes 100-continue only; send the request without another expectation.";

  ApiError(String error, String detail) {
    this(error, detail, null);
  }

  /** The generic body for a status nothing more specific was said about. */
  static ApiError forStatus(int status) {
    return switch (status) {
      case 400 -> new ApiError("bad_request", "The request could not be understood.");
      case 404 -> new ApiError("not_found", "There is nothing at this address.");
      case 405 -> new ApiError("method_not_allowed", "This address does not accept that method.");
      case 408 -> new ApiError("request_timeout", "The request took too long to arrive.");
      case 413 -> tooLarge();
      case 414 -> new ApiError("uri_too_long", "The address is too long.");
      // The routes refuse a wrong Content-Type themselves; a 415 without more said is for a
      // Content-Encoding (BodyDeadline).
      case 415 -> new ApiError("unsupported_encoding", ContentEncodings.UNSUPPORTED);
      case 417 -> new ApiError("expectation_failed", EXPECTATION);
      case 426 -> new ApiError("upgrade_required", "Send the request over HTTP/1.0 or HTTP/1.1.");
      case 429 ->
          new ApiError(
              "too_many_requests",
              "Too many answers for this address are in progress; wait for one to end, then ask"
                  + " again.");
      case 431 -> new ApiError("headers_too_large", "The request headers are too large.");
      case 503 -> new ApiError("unavailable", "The service is not ready; please try again soon.");
      case 505 ->
          new ApiError("http_version_not_supported", "Send the request over HTTP/1.0 or HTTP/1.1.");
      default ->
          status >= 500
              ? internal()
              : new ApiError("http_" + status, "The request was refused (HTTP " + status + ").");
    };
  }

  static ApiError tooLarge() {
    return new ApiError(
        "body_too_large",
        "The request body is larger than " + RequestBody.MAX_BYTES / 1024 + " KB.");
  }

  static ApiError internal() {
    return new ApiError("internal_error", "Something went wrong on our side; please try again.");
  }
}
