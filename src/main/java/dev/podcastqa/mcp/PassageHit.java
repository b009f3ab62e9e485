package dev.podcastqa.mcp;

import dev.podcastqa.answer.Citation;
import java.util.Objects;

/**
 * One passage {@code search_passages} found: the episode, the moment, who speaks and the text.
 *
 * @param startSeconds null for show-note text that belongs to the whole episode
 * @param timestamp {@code hh:mm:ss} of {@code startSeconds}, or null likewise
 * @param speaker who speaks at that moment, or null when the transcript does not say
 * @param url a deep link that plays the episode from that second (or its page)
 * @param chapterTitle the chapter the passage falls in, or null
 */
record PassageHit(
    String episodeId,
    String episodeTitle,
    String podcast,
    Integer startSeconds,
    String timestamp,
    String speaker,
    String url,
    String chapterTitle,
    String text) {

  PassageHit {
    Objects.requireNonNull(episodeId, "episodeId");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(text, "text");
  }

  /** The hit for a passage, from the citation the answer service would make of it. */
  static PassageHit of(Citation cited, String speaker, String chapterTitle, String url) {
    boolean timed = cited.timestamp() != null;
    return new PassageHit(
        cited.episodeId(),
        cited.episodeTitle(),
        cited.podcast(),
        timed ? cited.startSeconds() : null,
        cited.timestamp(),
        speaker,
        url,
        chapterTitle,
        cited.quote());
  }
}
