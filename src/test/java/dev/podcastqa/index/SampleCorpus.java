package dev.podcastqa.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Transcripts;
import dev.podcastqa.eval.EvalQuestion;
import dev.podcastqa.eval.EvalSet;
import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.ingest.Ingester;
import dev.podcastqa.ingest.http.HttpFetcher;
import dev.podcastqa.json.Json;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample corpus of {@code data/episodes} read, chunked and embedded once with the default
 * in-process model, so store tests can write the same chunks and vectors into any store.
 */
final class SampleCorpus {

  static final EmbeddingChoice MODEL = EmbeddingChoice.MINILM;

  final Embedder embedder = new Embedder(MODEL);
  final Chunker chunker = new Chunker(embedder, MODEL.maxTokens());
  final List<Episode> episodes;
  final Transcripts transcripts;
  final List<Prepared> prepared;
  final List<String> questions;

  SampleCorpus() {
    ObjectMapper mapper = Json.newMapper();
    HttpFetcher fetcher = new HttpFetcher();
    Ingester ingester = Ingester.reading(fetcher, mapper);
    Corpus corpus = ingester.ingest(List.of("data/episodes"));
    episodes = corpus.episodes();
    this.transcripts = corpus.transcripts();
    prepared = episodes.stream().map(this::prepare).toList();
    questions =
        EvalSet.read(Path.of("data/eval/questions.json"), mapper).questions().stream()
            .map(EvalQuestion::question)
            .toList();
  }

  Prepared prepare(Episode episode) {
    EpisodeFacts facts = EpisodeFacts.of(episode);
    List<Chunk> chunks = chunker.chunk(episode, transcripts.of(episode.id()));
    List<float[]> vectors =
        embedder.embedPassages(chunks.stream().map(Chunk::embeddingText).toList());
    return new Prepared(facts, ContentHash.of(facts, chunks), chunks, vectors);
  }

  /** Writes every sample episode into {@code store} and commits. */
  void writeAll(ChunkStore store) {
    prepared.forEach(p -> store.putEpisode(p.facts(), p.hash(), p.chunks(), p.vectors()));
    store.commit();
  }

  int chunkCount() {
    return prepared.stream().mapToInt(p -> p.chunks().size()).sum();
  }

  Prepared episode(String id) {
    return prepared.stream()
        .filter(p -> p.facts().episodeId().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no sample episode " + id));
  }

  /** One sample episode, chunked and embedded. */
  record Prepared(EpisodeFacts facts, String hash, List<Chunk> chunks, List<float[]> vectors) {}
}
