/**
 * The start-up cache of ingest: a {@link dev.podcastqa.ingest.cache.CachingIngester} around the
 * pure {@link dev.podcastqa.ingest.Ingester} takes local files that did not change since this build
 * parsed them, and the corpus they made, from a {@link dev.podcastqa.ingest.cache.SourceCache} file
 * beside the index instead of parsing them again. When no file changed, the corpus is taken whole:
 * its episodes are decoded at once and its transcripts are left encoded ({@code CachedTranscripts})
 * until something asks for one, so a restart holds only the transcripts it chunks, cites or shows.
 *
 * <p>In: the inputs and the cache file. Out: the same {@link dev.podcastqa.ingest.Corpus} the
 * ingester alone gives (the same episodes, problems and transcripts), with a fingerprint of each
 * episode for the indexer's chunk manifest. A damaged, partial or foreign cache file only costs
 * time: it is ignored with a warning and written again.
 */
package dev.podcastqa.ingest.cache;
