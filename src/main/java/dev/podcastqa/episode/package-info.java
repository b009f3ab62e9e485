/**
 * The episode model every stage shares: an {@link dev.podcastqa.episode.Episode} with its chapters,
 * references and description, all timed in seconds; its transcript is kept apart, by episode id, in
 * {@link dev.podcastqa.episode.Transcripts}, and the {@link dev.podcastqa.episode.Catalog} hands
 * out both.
 *
 * <p>In: nothing (this package depends on no other stage). Out: immutable records, validated on
 * construction, that ingest produces and every later stage reads. An episode is a plain value:
 * reading it decodes nothing and cannot fail. Where the transcripts live is the business of whoever
 * fills the catalog: in memory after parsing, or the start-up cache, which decodes a transcript
 * when it is first asked for, so a restart over a large corpus does not hold them all.
 */
package dev.podcastqa.episode;
