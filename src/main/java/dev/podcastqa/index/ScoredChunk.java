package dev.podcastqa.index;

/**
 * A chunk a search found, with the store's score: cosine similarity for dense search, BM25 for
 * lexical search.
 */
public record ScoredChunk(Chunk chunk, double score) {}
