package dev.podcastqa.app;

import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.llm.CitationAudit;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.Embedder;
import dev.podcastqa.index.IndexReport;
import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.retrieve.QueryTerms;

/**
 * The opened pipeline: the corpus as read, its catalog, the up-to-date index and the answer service
 * over them, and the running counts of how generated citations fared (zero in extractive mode).
 * Closing it closes the store.
 */
public record Pipeline(
    Corpus corpus,
    Catalog catalog,
    Embedder embedder,
    ChunkStore store,
    IndexReport indexReport,
    AnswerService answers,
    QueryTerms terms,
    CitationAudit citationAudit)
    implements AutoCloseable {

  @Override
  public void close() {
    terms.close();
    store.close();
  }
}
