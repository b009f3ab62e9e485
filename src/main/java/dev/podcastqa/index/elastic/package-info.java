/**
 * The Elasticsearch store: chunks and their vectors in one Elasticsearch index, searched densely
 * through LangChain4j's {@code ElasticsearchEmbeddingStore} (kNN) and by BM25 with a match query on
 * the same documents, plus a small second index of per-episode content hashes.
 *
 * <p>In: chunks with vectors, and the server's URL and credentials. Out: dense and BM25 search
 * results equal to the Lucene store's; server failures as one-line {@link
 * dev.podcastqa.index.StoreUnavailableException}s naming the URL.
 */
package dev.podcastqa.index.elastic;
