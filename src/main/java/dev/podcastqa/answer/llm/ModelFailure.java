package dev.podcastqa.answer.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import java.net.http.HttpTimeoutException;

/** A call to the model failed; the reason says whether it is worth one retry. */
final class ModelFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a call failed, with the notice shown when the answer falls back to extractive. */
  enum Reason {
    TIMEOUT(true, "The language model did not answer in time"),
    RATE_LIMITED(true, "The language model is rate-limiting requests (HTTP 429)"),
    SERVER_ERROR(true, "The language model's server failed (HTTP 5xx)"),
    UNAVAILABLE(false, "The language model could not be used");

    private final boolean retryable;
    private final String notice;

    Reason(boolean retryable, String why) {
      this.retryable = retryable;
      this.notice = why + ", so this answer quotes the episodes directly.";
    }

    boolean retryable() {
      return retryable;
    }

    String notice() {
      return notice;
    }
  }

  private final Reason reason;

  ModelFailure(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  Reason reason() {
    return reason;
  }

  /** Classifies what a LangChain4j client threw or reported. */
  static ModelFailure of(Throwable error) {
    if (error instanceof ModelFailure failure) {
      return failure;
    }
    return new ModelFailure(reasonFor(error), describe(error), error);
  }

  static ModelFailure timeout(String message) {
    return new ModelFailure(Reason.TIMEOUT, message, null);
  }

  /** The model answered, but with nothing an answer can be made of. */
  static ModelFailure unusable(String message) {
    return new ModelFailure(Reason.UNAVAILABLE, message, null);
  }

  private static Reason reasonFor(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException || t instanceof HttpTimeoutException) {
        return Reason.TIMEOUT;
      }
      if (t instanceof RateLimitException) {
        return Reason.RATE_LIMITED;
      }
      if (t instanceof InternalServerException) {
        return Reason.SERVER_ERROR;
      }
      if (t instanceof HttpException http) {
        int status = http.statusCode();
        if (status == 429) {
          return Reason.RATE_LIMITED;
        }
        if (status >= 500) {
          return Reason.SERVER_ERROR;
        }
      }
    }
    return Reason.UNAVAILABLE;
  }

  private static String describe(Throwable error) {
    String message = error.getMessage() == null ? "" : error.getMessage().strip();
    // One log line per failure: a parser's message carries its location on a line of its own.
    message = message.replaceAll("\\s*\\R\\s*", " ");
    if (message.length() > 200) {
      message = message.substring(0, 200) + "…";
    }
    return error.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
  }
}
