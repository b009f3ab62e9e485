/**
 * Start-up caching, one layer around pure stages, so a restart over a large corpus neither parses
 * nor chunks again what did not change. {@link dev.podcastqa.cache.StartupCaches} names the build
 * of the code and opens what is kept for one index folder; a {@link
 * dev.podcastqa.cache.CachingIngester} around the pure {@link dev.podcastqa.ingest.Ingester} takes
 * local files that did not change since this build parsed them, and the corpus they made, from the
 * {@link dev.podcastqa.cache.SourceCache} file ({@code sources.cache}) beside the index instead of
 * parsing them again. When no file changed, the corpus is taken whole: its episodes are decoded at
 * once and its transcripts are left unread on disk ({@code CachedTranscripts}) until something asks
 * for one, so a restart reads and holds only the transcripts it chunks, cites or shows (one found
 * damaged then is parsed again from its episode's sources). For the index it only names each
 * episode's chunker input (build, model and the episode's digest); the index records those
 * fingerprints itself, with the chunks, in the same commit.
 *
 * <p>In: the inputs, the index folder and the cache file. Out: the same {@link
 * dev.podcastqa.ingest.Corpus} the ingester alone gives (the same episodes, problems and
 * transcripts), and the indexer's fingerprints. This is the only package that reads or writes a
 * cache file; ingest and index know nothing of it, and the composition root wires it. A damaged,
 * partial or foreign cache file only costs time: it is ignored with a warning and written again.
 */
package dev.podcastqa.cache;
