package dev.podcastqa.follow;

/** A feed URL that cannot be followed (not http or https, or no host), with the reason. */
public final class InvalidFeedUrlException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidFeedUrlException(String url, String reason) {
    super("\"" + url + "\" cannot be followed: " + reason);
  }
}
