package dev.podcastqa.index;

import java.util.Objects;

/**
 * What a store records with an episode's chunks: their content hash and the fingerprint of the
 * chunker input they were made from (empty when none was recorded, and then the episode is chunked
 * again to learn whether it changed).
 */
public record EpisodeMark(String hash, String fingerprint) {

  public EpisodeMark {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /** The mark of chunks stored with no fingerprint (by a store or build that kept none). */
  public static EpisodeMark unfingerprinted(String hash) {
    return new EpisodeMark(hash, "");
  }
}
