/**
 * The episode model every stage shares: an {@link dev.podcastqa.episode.Episode} with its chapters,
 * references, description and transcript, all timed in seconds.
 *
 * <p>In: nothing (this package depends on no other stage). Out: immutable records, validated on
 * construction, that ingest produces and every later stage reads.
 */
package dev.podcastqa.episode;
