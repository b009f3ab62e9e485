package dev.podcastqa.episode;

/**
 * Something the episode points to at a moment: a paper, a tool, a person's page.
 *
 * <p>{@code url} is null when the source names the reference without a link.
 */
public record Reference(int startSeconds, String label, String url) {

  public Reference {
    if (startSeconds < 0) {
      throw new IllegalArgumentException("reference starts before 0: " + startSeconds);
    }
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("reference at " + startSeconds + "s has no label");
    }
    label = label.strip();
    if (url != null && url.isBlank()) {
      url = null;
    }
  }
}
