/**
 * The Elasticsearch store: chunks and their vectors in one Elasticsearch index, written through
 * LangChain4j's {@code ElasticsearchEmbeddingStore} and searched by a kNN query and a BM25 match
 * query on the same documents, plus a small second index with one record per episode: the content
 * hash of its chunks and the fingerprint of the chunker input they came from. Records are written
 * after the chunks (an interrupted write leaves the old hash, and the episode is embedded again); a
 * fingerprint is written in the record with its hash, never ahead of it. An episodes index made
 * before fingerprints were kept gets the field added to its mapping at open.
 *
 * <p>In: chunks with vectors, and the server's URL and credentials. Out: dense and BM25 search
 * results equal to the Lucene store's, from the whole index only (a result some shard failed or
 * timed out on is asked again, then refused); server failures as one-line {@link
 * dev.podcastqa.index.StoreUnavailableException}s naming the URL.
 */
package dev.podcastqa.index.elastic;
