package dev.podcastqa.web;

/**
 * An HTTP request the API refuses before any service sees it: wrong content type, a body too large,
 * malformed JSON, a field the route does not take or a field of the wrong type. Carries the status
 * and the error body to send.
 */
final class RequestRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;
  private final String field;

  RequestRejectedException(int status, String error, String detail) {
    this(status, error, detail, null);
  }

  /**
   * @param field the body field (or query parameter) at fault; null when the refusal is not about
   *     one
   */
  RequestRejectedException(int status, String error, String detail, String field) {
    super(detail);
    this.status = status;
    this.error = error;
    this.field = field;
  }

  static RequestRejectedException badJson(String detail) {
    return new RequestRejectedException(400, "invalid_json", detail);
  }

  /** {@code field} was sent but its value will not do; {@code detail} names it and says why. */
  static RequestRejectedException badField(String field, String detail) {
    return new RequestRejectedException(400, "invalid_field", detail, field);
  }

  static RequestRejectedException tooLarge() {
    ApiError body = ApiError.tooLarge();
    return new RequestRejectedException(413, body.error(), body.detail());
  }

  static RequestRejectedException unsupportedMediaType(String contentType) {
    return new RequestRejectedException(
        415,
        "unsupported_media_type",
        "Send the body as application/json (UTF-8), not "
            + (contentType == null ? "without a Content-Type" : contentType)
            + ".");
  }

  int status() {
    return status;
  }

  ApiError body() {
    return new ApiError(error, getMessage(), field);
  }
}
