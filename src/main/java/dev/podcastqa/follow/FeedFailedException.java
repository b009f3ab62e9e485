package dev.podcastqa.follow;

/** A poll of a feed that got no usable feed: the message names the URL and what went wrong. */
final class FeedFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  FeedFailedException(String message) {
    super(message);
  }
}
