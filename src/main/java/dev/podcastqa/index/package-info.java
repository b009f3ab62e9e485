/**
 * Index: cuts episodes into timed chunks, embeds them in-process and stores them for dense and BM25
 * search, persisted so a restart re-embeds only what changed and re-chunks only what changed.
 *
 * <p>What a restart may skip is recorded in the store itself, with the chunks: per episode an
 * {@link dev.podcastqa.index.EpisodeMark}, the content hash of its chunks (unchanged chunks are not
 * embedded again) and the fingerprint of the chunker input they came from (an unchanged input is
 * not chunked again). One commit writes chunks and marks, so they cannot disagree after a crash.
 * The fingerprints are named by the caller ({@link dev.podcastqa.index.Fingerprints}); without them
 * every episode is chunked and compared by content hash.
 *
 * <p>In: {@link dev.podcastqa.episode.Episode}s and their {@link
 * dev.podcastqa.episode.Transcripts}, read only for the episodes it chunks. Out: a {@link
 * dev.podcastqa.index.ChunkStore} that answers dense and lexical searches with scored chunks.
 */
package dev.podcastqa.index;
