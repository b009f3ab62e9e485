package dev.podcastqa.app;

import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.answer.Conversations;
import dev.podcastqa.answer.llm.CitationAudit;
import dev.podcastqa.cache.SourceCache;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.Embedder;
import dev.podcastqa.index.IndexReport;
import dev.podcastqa.index.Indexer;
import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.retrieve.HybridRetriever;
import dev.podcastqa.retrieve.QueryTerms;

/**
 * The opened pipeline: the corpus as read, its catalog, the up-to-date index, the search over it,
 * the follow-up memory and the answer service over them, the running counts of how generated
 * citations fared (zero in extractive mode) and how long opening took. Closing it closes the store
 * and the embedding model.
 *
 * @param sources the source cache the corpus was read through
 * @param indexer the indexer that brought the index up to date; the feed follower keeps writing
 *     through these two, so they are opened once
 */
public record Pipeline(
    Corpus corpus,
    Catalog catalog,
    Embedder embedder,
    ChunkStore store,
    IndexReport indexReport,
    HybridRetriever retriever,
    Conversations conversations,
    AnswerService answers,
    QueryTerms terms,
    CitationAudit citationAudit,
    Timings timings,
    SourceCache sources,
    Indexer indexer)
    implements AutoCloseable {

  /**
   * How long each step of opening took, in milliseconds: reading the corpus, then waiting for the
   * embedding model (it loads while the corpus is read), opening the store and bringing the index
   * up to date.
   */
  public record Timings(long readMillis, long modelMillis, long storeMillis, long indexMillis) {}

  @Override
  public void close() {
    terms.close();
    store.close();
    embedder.close();
  }
}
