package dev.podcastqa.index;

import dev.podcastqa.episode.Episode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a store in line with the corpus: embeds only episodes whose content hash changed, removes
 * episodes whose sources are gone, and commits in batches so a long first build keeps its progress
 * if it is stopped.
 */
public final class Indexer {

  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);

  /** Chunks embedded between commits. */
  static final int COMMIT_EVERY_CHUNKS = 4096;

  private final Chunker chunker;
  private final Embedder embedder;
  private final ChunkStore store;

  public Indexer(Chunker chunker, Embedder embedder, ChunkStore store) {
    this.chunker = chunker;
    this.embedder = embedder;
    this.store = store;
  }

  public IndexReport sync(List<Episode> episodes) {
    long started = System.nanoTime();
    Map<String, String> stored = store.episodeHashes();
    List<Pending> pending =
        episodes.parallelStream()
            .map(this::prepare)
            .filter(p -> !p.hash().equals(stored.get(p.facts().episodeId())))
            .toList();
    Set<String> current = new HashSet<>();
    episodes.forEach(e -> current.add(e.id()));
    int removed = 0;
    for (String id : stored.keySet()) {
      if (!current.contains(id)) {
        store.removeEpisode(id);
        removed++;
      }
    }
    int embeddedChunks = embed(pending);
    store.commit();
    long millis = (System.nanoTime() - started) / 1_000_000;
    IndexReport report =
        new IndexReport(
            pending.size(),
            episodes.size() - pending.size(),
            removed,
            embeddedChunks,
            store.chunkCount(),
            millis);
    LOG.info(
        "Index up to date: {} episodes embedded ({} chunks), {} unchanged, {} removed, "
            + "{} chunks in {} ({} ms)",
        report.embeddedEpisodes(),
        report.embeddedChunks(),
        report.unchangedEpisodes(),
        report.removedEpisodes(),
        report.totalChunks(),
        store.describe(),
        millis);
    return report;
  }

  private Pending prepare(Episode episode) {
    EpisodeFacts facts = EpisodeFacts.of(episode);
    List<Chunk> chunks = chunker.chunk(episode);
    return new Pending(facts, chunks, ContentHash.of(facts, chunks));
  }

  /** Embeds pending episodes in large batches across episodes, committing now and then. */
  private int embed(List<Pending> pending) {
    int total = pending.stream().mapToInt(p -> p.chunks().size()).sum();
    int done = 0;
    List<Pending> batch = new ArrayList<>();
    int batchChunks = 0;
    for (Pending episode : pending) {
      batch.add(episode);
      batchChunks += episode.chunks().size();
      if (batchChunks >= COMMIT_EVERY_CHUNKS) {
        done += write(batch);
        store.commit();
        LOG.info("Embedded {} of {} chunks", done, total);
        batch.clear();
        batchChunks = 0;
      }
    }
    done += write(batch);
    return done;
  }

  private int write(List<Pending> batch) {
    List<String> texts = new ArrayList<>();
    batch.forEach(p -> p.chunks().forEach(c -> texts.add(c.embeddingText())));
    List<float[]> vectors = embedder.embedPassages(texts);
    int offset = 0;
    for (Pending p : batch) {
      int n = p.chunks().size();
      store.putEpisode(p.facts(), p.hash(), p.chunks(), vectors.subList(offset, offset + n));
      offset += n;
    }
    return texts.size();
  }

  /** An episode whose chunks must be embedded and written. */
  private record Pending(EpisodeFacts facts, List<Chunk> chunks, String hash) {}
}
