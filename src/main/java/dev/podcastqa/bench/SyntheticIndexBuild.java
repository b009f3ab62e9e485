package dev.podcastqa.bench;

import dev.podcastqa.app.Application;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.Chunker;
import dev.podcastqa.index.ContentHash;
import dev.podcastqa.index.Embedder;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.EpisodeFacts;
import dev.podcastqa.ingest.Corpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the bench corpus into the configured store with {@link SyntheticVectors} instead of the
 * model's, episode by episode in id order, with the chunks and content hash the indexer would
 * store. The service's own open path then finds every episode up to date and embeds nothing. Every
 * vector is also written to a {@link FloatVectorFile}, the exact float truth that the index's byte
 * vectors are measured against.
 */
final class SyntheticIndexBuild {

  private static final Logger LOG = LoggerFactory.getLogger(SyntheticIndexBuild.class);

  /** Chunks written between commits, as the indexer commits (so segments are as large). */
  private static final int COMMIT_EVERY_CHUNKS = 16384;

  private final SyntheticVectors vectors;
  private final long seed;
  private final Path floats;

  /**
   * @param floats the file that receives every chunk's float vector
   */
  SyntheticIndexBuild(SyntheticVectors vectors, long seed, Path floats) {
    this.vectors = vectors;
    this.seed = seed;
    this.floats = floats;
  }

  /** Builds the index of {@code app}'s episodes folder; returns the chunks written. */
  int build(Application app) {
    EmbeddingChoice choice = EmbeddingChoice.of(app.config().embeddingModel());
    Corpus corpus = app.readCorpus(List.of());
    List<Episode> episodes = new ArrayList<>(corpus.episodes());
    episodes.sort(Comparator.comparing(Episode::id));
    Random random = new Random(seed);
    List<float[]> real = new ArrayList<>();
    int written = 0;
    int uncommitted = 0;
    try (Embedder embedder = new Embedder(choice);
        ChunkStore store = app.openStore(choice);
        FloatVectorFile.Writer truth = new FloatVectorFile.Writer(floats)) {
      Chunker chunker = app.chunker(embedder);
      for (Episode episode : episodes) {
        EpisodeFacts facts = EpisodeFacts.of(episode);
        List<Chunk> chunks = chunker.chunk(episode, corpus.transcripts().of(episode.id()));
        List<float[]> episodeVectors = vectorsFor(chunks, embedder, real, random);
        store.putEpisode(facts, ContentHash.of(facts, chunks), chunks, episodeVectors);
        for (int i = 0; i < chunks.size(); i++) {
          truth.add(chunks.get(i).id(), episodeVectors.get(i));
        }
        written += chunks.size();
        uncommitted += chunks.size();
        if (uncommitted >= COMMIT_EVERY_CHUNKS) {
          store.commit();
          uncommitted = 0;
          LOG.info("Wrote {} chunks with synthetic vectors", written);
        }
      }
      store.commit();
    }
    return written;
  }

  /** The model's vectors until {@code real} holds enough of them, then perturbed copies. */
  private List<float[]> vectorsFor(
      List<Chunk> chunks, Embedder embedder, List<float[]> real, Random random) {
    if (real.size() < vectors.realChunks()) {
      List<float[]> embedded =
          embedder.embedPassages(chunks.stream().map(Chunk::embeddingText).toList());
      real.addAll(embedded);
      return embedded;
    }
    List<float[]> copies = new ArrayList<>(chunks.size());
    for (int i = 0; i < chunks.size(); i++) {
      copies.add(vectors.perturb(real.get(random.nextInt(real.size())), random));
    }
    return copies;
  }
}
