package dev.podcastqa.index;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Transcripts;

/**
 * What names an episode's chunker input, the same way on every run for the same content and the
 * same chunking code; null when it cannot be named, and then the episode is always chunked.
 */
@FunctionalInterface
public interface Fingerprints {

  /**
   * Names nothing: every episode is chunked on every sync (content hashes still spare embedding).
   */
  Fingerprints NONE = (episode, transcripts) -> null;

  String of(Episode episode, Transcripts transcripts);
}
