package dev.podcastqa.episode;

/**
 * A file or URL an episode was read from, and the format it was recognized as.
 *
 * <p>{@code format} names the shape, for example {@code apple-podcasts-page} or {@code webvtt}.
 */
public record Source(String location, String format) {

  public Source {
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("source has no location");
    }
    if (format == null || format.isBlank()) {
      throw new IllegalArgumentException("source " + location + " has no format");
    }
  }

  /** The last part of the location: the file's name, or a URL's last path part. */
  public String fileName() {
    return location.replaceAll("^.*[/\\\\]", "");
  }
}
