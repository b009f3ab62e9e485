/**
 * Index: cuts episodes into timed chunks, embeds them in-process and stores them for dense and BM25
 * search, persisted so a restart re-embeds only what changed.
 *
 * <p>In: {@link dev.podcastqa.episode.Episode}s and their {@link
 * dev.podcastqa.episode.Transcripts}, read only for the episodes it chunks. Out: a {@link
 * dev.podcastqa.index.ChunkStore} that answers dense and lexical searches with scored chunks.
 */
package dev.podcastqa.index;
