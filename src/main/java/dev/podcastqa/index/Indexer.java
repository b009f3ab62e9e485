package dev.podcastqa.index;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Transcripts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

  /**
   * Chunks embedded between commits: a stopped build loses at most this much work (about 80 s), and
   * each commit ends an index segment, so a bulk build makes segments of this size.
   */
  static final int COMMIT_EVERY_CHUNKS = 16384;

  /**
   * Chunks embedded in one call, in whole episodes: the index writes them while the next call
   * embeds (a call ends with one worker idle for its last passage, about 10 ms in 2.5 s here).
   */
  static final int EMBED_EVERY_CHUNKS = 512;

  private final Chunker chunker;
  private final Embedder embedder;
  private final ChunkStore store;
  private final Fingerprints fingerprints;
  private final StoredMarks marks;

  /** An indexer that chunks every episode on every sync (content hashes still spare embedding). */
  public Indexer(Chunker chunker, Embedder embedder, ChunkStore store) {
    this(chunker, embedder, store, Fingerprints.NONE);
  }

  /**
   * An indexer that skips chunking the episodes whose fingerprint is the one the store recorded
   * with their chunks, and records each episode's fingerprint in the store with its chunks.
   *
   * @param fingerprints names everything the chunker reads from an episode and its transcript (it
   *     may name more) and the chunking code, the same way on every run
   */
  public Indexer(Chunker chunker, Embedder embedder, ChunkStore store, Fingerprints fingerprints) {
    this(chunker, embedder, new StoredMarks(store), fingerprints);
  }

  /** An indexer as above on the store {@code marks} were read from, starting from those marks. */
  public Indexer(Chunker chunker, Embedder embedder, StoredMarks marks, Fingerprints fingerprints) {
    this.chunker = chunker;
    this.embedder = embedder;
    this.store = marks.store();
    this.fingerprints = fingerprints;
    this.marks = marks;
  }

  /**
   * Brings the store in line with {@code episodes}, whose transcripts are read from {@code
   * transcripts} only for the episodes that are chunked.
   */
  public IndexReport sync(List<Episode> episodes, Transcripts transcripts) {
    return sync(episodes, transcripts, () -> {});
  }

  /**
   * Brings the store in line with {@code episodes} as {@link #sync(List, Transcripts)} does,
   * running {@code searchable} as soon as searches find every write (before the commit that makes
   * them durable, when the store can show writes before committing them), and committing once at
   * the end.
   */
  public IndexReport sync(List<Episode> episodes, Transcripts transcripts, Runnable searchable) {
    long started = System.nanoTime();
    Map<String, EpisodeMark> stored = marks.read();
    List<Checked> checked =
        episodes.parallelStream().map(e -> check(e, transcripts, stored)).toList();
    long checkedMs = (System.nanoTime() - started) / 1_000_000;
    List<Pending> pending =
        checked.stream()
            .map(Checked::chunked)
            .filter(p -> p != null && !isStored(p, stored))
            .toList();
    List<String> gone = gone(stored.keySet(), episodes);
    if (store.readOnly()) {
      searchable.run();
      return asItIs(episodes, gone, pending, started);
    }
    gone.forEach(store::removeEpisode);
    int removed = gone.size();
    Map<String, EpisodeMark> now = new HashMap<>();
    checked.forEach(c -> now.put(c.episodeId(), c.mark()));
    int embeddedChunks = embed(pending, now);
    Set<String> written = new HashSet<>();
    pending.forEach(p -> written.add(p.facts().episodeId()));
    Map<String, EpisodeMark> recorded = marks.record(now, stored, written);
    if (!pending.isEmpty() || removed > 0 || !recorded.isEmpty() || store.version() == null) {
      showAndCommit(searchable);
    } else {
      searchable.run();
    }
    marks.remember(now, stored, written, recorded);
    IndexReport report =
        new IndexReport(
            pending.size(),
            episodes.size() - pending.size(),
            removed,
            embeddedChunks,
            store.chunkCount(),
            (System.nanoTime() - started) / 1_000_000);
    log(report, checked.stream().filter(c -> c.chunked() == null).count(), checkedMs);
    return report;
  }

  /**
   * Commits once, telling {@code searchable} as soon as searches find the writes: before the commit
   * when the store can show writes before making them durable, else after it.
   */
  private void showAndCommit(Runnable searchable) {
    boolean shown = store.publish();
    if (!shown) {
      store.commit();
    }
    searchable.run();
    if (shown) {
      store.commit();
    }
  }

  /**
   * The report on a store another process writes: nothing is written (no fingerprints either, as
   * they would describe this corpus, not that store), and what the store lacks is logged.
   */
  private IndexReport asItIs(
      List<Episode> episodes, List<String> gone, List<Pending> pending, long started) {
    if (!pending.isEmpty() || !gone.isEmpty()) {
      LOG.warn(
          "{} is written by another process; answering from it as that process left it, where {}"
              + " episodes differ from the corpus read here and {} are no longer in it",
          store.describe(),
          pending.size(),
          gone.size());
    }
    return new IndexReport(
        0,
        episodes.size() - pending.size(),
        0,
        0,
        store.chunkCount(),
        (System.nanoTime() - started) / 1_000_000);
  }

  private static boolean isStored(Pending pending, Map<String, EpisodeMark> stored) {
    EpisodeMark mark = stored.get(pending.facts().episodeId());
    return mark != null && mark.hash().equals(pending.hash());
  }

  /** The stored episodes the corpus no longer has. */
  private static List<String> gone(Set<String> storedIds, List<Episode> episodes) {
    Set<String> current = new HashSet<>();
    episodes.forEach(e -> current.add(e.id()));
    return storedIds.stream().filter(id -> !current.contains(id)).toList();
  }

  private void log(IndexReport report, long notChunked, long checkedMs) {
    LOG.info(
        "Index up to date: {} episodes embedded ({} chunks), {} unchanged ({} of them not chunked"
            + " again), {} removed, {} chunks in {} ({} ms, {} of them reading marks and chunking)",
        report.embeddedEpisodes(),
        report.embeddedChunks(),
        report.unchangedEpisodes(),
        notChunked,
        report.removedEpisodes(),
        report.totalChunks(),
        store.describe(),
        report.millis(),
        checkedMs);
  }

  /**
   * What the episode gives now: known without chunking when the store recorded its fingerprint with
   * its chunks, else chunked.
   */
  private Checked check(Episode episode, Transcripts transcripts, Map<String, EpisodeMark> stored) {
    String fingerprint = Objects.requireNonNullElse(fingerprints.of(episode, transcripts), "");
    EpisodeMark known = stored.get(episode.id());
    if (!fingerprint.isEmpty() && known != null && fingerprint.equals(known.fingerprint())) {
      return new Checked(episode.id(), known, null);
    }
    Pending pending = prepare(episode, transcripts.of(episode.id()));
    return new Checked(episode.id(), new EpisodeMark(pending.hash(), fingerprint), pending);
  }

  private Pending prepare(Episode episode, List<Segment> transcript) {
    EpisodeFacts facts = EpisodeFacts.of(episode);
    List<Chunk> chunks = chunker.chunk(episode, transcript);
    return new Pending(facts, chunks, ContentHash.of(facts, chunks));
  }

  /**
   * Embeds pending episodes in parts of whole episodes ({@link #EMBED_EVERY_CHUNKS} chunks or more
   * each); each part is written on a second thread while the next one is embedded, so the cores
   * never wait for the index, and committed once its batch of {@link #COMMIT_EVERY_CHUNKS} is
   * written. The last batch is committed by the caller, in the update's one commit. Each episode is
   * written with its mark ({@code marks}: content hash and fingerprint).
   */
  private int embed(List<Pending> pending, Map<String, EpisodeMark> marks) {
    int total = pending.stream().mapToInt(p -> p.chunks().size()).sum();
    try (BackgroundWrites writes = new BackgroundWrites()) {
      EmbeddingProgress progress = new EmbeddingProgress(total);
      List<List<Pending>> batches = batches(pending, COMMIT_EVERY_CHUNKS);
      for (List<Pending> batch : batches) {
        boolean lastBatch = batch == batches.get(batches.size() - 1);
        List<List<Pending>> parts = batches(batch, EMBED_EVERY_CHUNKS);
        for (List<Pending> part : parts) {
          boolean endsBatch = part == parts.get(parts.size() - 1);
          List<String> texts = new ArrayList<>();
          part.forEach(p -> p.chunks().forEach(c -> texts.add(c.embeddingText())));
          long embedding = System.nanoTime();
          List<float[]> vectors = embedder.embedPassages(texts);
          long embeddedNanos = System.nanoTime() - embedding;
          writes.submit(
              () -> {
                long started = System.nanoTime();
                write(part, vectors, marks);
                if (endsBatch && !lastBatch) {
                  store.commit();
                }
                progress.add(texts.size(), embeddedNanos, System.nanoTime() - started);
                if (endsBatch) {
                  progress.log(!lastBatch);
                }
              });
        }
      }
      writes.await();
      return total;
    }
  }

  /** Whole episodes, grouped until a group holds at least {@code least} chunks. */
  private static List<List<Pending>> batches(List<Pending> pending, int least) {
    List<List<Pending>> batches = new ArrayList<>();
    List<Pending> batch = new ArrayList<>();
    int chunks = 0;
    for (Pending episode : pending) {
      batch.add(episode);
      chunks += episode.chunks().size();
      if (chunks >= least) {
        batches.add(batch);
        batch = new ArrayList<>();
        chunks = 0;
      }
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }
    return batches;
  }

  /** Writes each episode with its mark (content hash and fingerprint) from {@code marks}. */
  private void write(List<Pending> batch, List<float[]> vectors, Map<String, EpisodeMark> marks) {
    int offset = 0;
    for (Pending p : batch) {
      int n = p.chunks().size();
      EpisodeMark mark = marks.get(p.facts().episodeId());
      store.putEpisode(p.facts(), mark, p.chunks(), vectors.subList(offset, offset + n));
      offset += n;
    }
  }

  /** An episode's content hash and fingerprint, with its chunks when it had to be chunked. */
  private record Checked(String episodeId, EpisodeMark mark, Pending chunked) {}

  /** An episode whose chunks must be embedded and written. */
  private record Pending(EpisodeFacts facts, List<Chunk> chunks, String hash) {}
}
