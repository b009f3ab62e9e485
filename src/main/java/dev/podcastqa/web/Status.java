package dev.podcastqa.web;

import java.util.Objects;

/**
 * What {@code GET /health} reports: whether the service can answer yet, and how much it knows.
 *
 * @param ready false while the index is still being built
 * @param episodes episodes in the catalog
 * @param chunks passages in the index
 * @param mode the answer mode now in use ({@code extractive} or {@code llm})
 */
public record Status(boolean ready, int episodes, int chunks, String mode) {

  public Status {
    if (episodes < 0 || chunks < 0) {
      throw new IllegalArgumentException("negative count: " + episodes + " / " + chunks);
    }
    Objects.requireNonNull(mode, "mode");
  }
}
