package dev.podcastqa.answer;

import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Timecode;
import dev.podcastqa.index.Chunk;

/**
 * Builds citations from retrieved chunks: the episode's title and podcast from the catalog, the
 * time and link from the chunk. Nothing here comes from generated text.
 */
public final class CitationFactory {

  private final Catalog catalog;

  public CitationFactory(Catalog catalog) {
    this.catalog = catalog;
  }

  public Citation cite(int n, Chunk chunk, String quote) {
    Episode episode = episode(chunk);
    boolean timed = chunk.timed();
    return new Citation(
        n,
        episode.id(),
        episode.title(),
        episode.podcast(),
        timed ? chunk.startSeconds() : 0,
        timed ? Timecode.format(chunk.startSeconds()) : null,
        DeepLinks.to(episode, chunk.startSeconds(), timed),
        DeepLinks.episodePage(episode.id(), timed ? chunk.startSeconds() : null),
        quote);
  }

  /** The episode a chunk belongs to; the index and catalog are built from one corpus. */
  public Episode episode(Chunk chunk) {
    return catalog
        .find(chunk.episodeId())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "chunk "
                        + chunk.id()
                        + " names episode "
                        + chunk.episodeId()
                        + ", which the catalog does not have"));
  }
}
