package dev.podcastqa.web;

/**
 * An HTTP request the API refuses before any service sees it: wrong content type, a body too large,
 * malformed JSON or a field of the wrong type. Carries the status and the error body to send.
 */
final class RequestRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;

  RequestRejectedException(int status, String error, String detail) {
    super(detail);
    this.status = status;
    this.error = error;
  }

  static RequestRejectedException badJson(String detail) {
    return new RequestRejectedException(400, "invalid_json", detail);
  }

  static RequestRejectedException badField(String detail) {
    return new RequestRejectedException(400, "invalid_field", detail);
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
    return new ApiError(error, getMessage());
  }
}
