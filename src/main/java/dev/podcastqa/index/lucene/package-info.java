/**
 * The default store: one Lucene index on local disk (memory-mapped) that holds every chunk's text
 * for BM25 and its vector, once, as bytes in an HNSW graph (candidates rescored against the float
 * query), behind LangChain4j's {@code EmbeddingStore}.
 *
 * <p>Beside each episode's chunks is one marker document holding the episode's content hash and the
 * fingerprint of the chunker input (stored fields, read when the indexer syncs); writing an episode
 * replaces its marker, and recording fingerprints replaces markers in the same uncommitted writer,
 * so the commit that makes the chunks durable makes what a restart skips durable too. A marker
 * written before fingerprints were kept has none: that episode is chunked once more (and not
 * embedded again when its hash is unchanged), then marked.
 *
 * <p>What every question asks of the index again (the chunk count, each word's statistics and
 * postings positions) is looked up once per index reader ({@code ReaderStatistics}).
 *
 * <p>In: chunks with vectors. Out: dense and BM25 search results; commits are atomic, and a corrupt
 * index or a changed embedding model is detected at open and rebuilt.
 */
package dev.podcastqa.index.lucene;
