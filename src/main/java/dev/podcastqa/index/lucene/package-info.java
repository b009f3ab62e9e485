/**
 * The default store: one Lucene index on local disk (memory-mapped) that holds every chunk's text
 * for BM25 and its vector in an HNSW graph over int8-quantized copies (candidates rescored on the
 * float vectors), behind LangChain4j's {@code EmbeddingStore}.
 *
 * <p>In: chunks with vectors. Out: dense and BM25 search results; commits are atomic, and a corrupt
 * index or a changed embedding model is detected at open and rebuilt.
 */
package dev.podcastqa.index.lucene;
