/**
 * Retrieval: hybrid search (dense plus BM25, fused by reciprocal rank fusion) with metadata
 * filters, and the relevance gate that decides whether the corpus can answer at all.
 *
 * <p>In: a question's text and filters. Out: ranked passages with their scores.
 */
package dev.podcastqa.retrieve;
