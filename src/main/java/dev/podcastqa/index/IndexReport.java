package dev.podcastqa.index;

/**
 * What bringing the index up to date did: episodes embedded, kept as they were and removed, chunks
 * embedded, chunks in the index afterwards, and how long it took.
 */
public record IndexReport(
    int embeddedEpisodes,
    int unchangedEpisodes,
    int removedEpisodes,
    int embeddedChunks,
    int totalChunks,
    long millis) {}
