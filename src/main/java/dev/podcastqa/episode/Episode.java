package dev.podcastqa.episode;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One podcast episode, merged from every source that describes it.
 *
 * <p>{@code podcast}, {@code published} and {@code durationSeconds} are null when no source states
 * them; everything else is always present (lists and text may be empty). A plain value: its
 * transcript is not part of it but kept apart, by id, in {@link Transcripts}, so the episodes of a
 * large corpus can all be held while only the transcripts something reads are.
 */
public record Episode(
    String id,
    String title,
    String podcast,
    LocalDate published,
    Integer durationSeconds,
    Links links,
    List<Chapter> chapters,
    List<Reference> references,
    String description,
    List<Source> sources) {

  public Episode {
    if (!Slug.isValid(id)) {
      throw new IllegalArgumentException("episode id must be a slug: " + id);
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("episode " + id + " has no title");
    }
    if (podcast != null && podcast.isBlank()) {
      podcast = null;
    }
    if (durationSeconds != null && durationSeconds < 0) {
      throw new IllegalArgumentException("episode " + id + " has a negative duration");
    }
    links = Objects.requireNonNullElse(links, Links.NONE);
    chapters = List.copyOf(chapters);
    references = List.copyOf(references);
    description = Objects.requireNonNullElse(description, "");
    sources = List.copyOf(sources);
  }

  public Optional<String> podcastName() {
    return Optional.ofNullable(podcast);
  }

  /** The chapter that covers {@code second}, if the episode has chapters starting before it. */
  public Optional<Chapter> chapterAt(int second) {
    Chapter covering = null;
    for (Chapter chapter : chapters) {
      if (chapter.startSeconds() <= second
          && (covering == null || chapter.startSeconds() >= covering.startSeconds())) {
        covering = chapter;
      }
    }
    return Optional.ofNullable(covering);
  }
}
