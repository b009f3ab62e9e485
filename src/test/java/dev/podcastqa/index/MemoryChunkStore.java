package dev.podcastqa.index;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chunk store kept in maps, for indexer tests: it records what was written (each chunk's vector
 * by its id), searches nothing.
 */
final class MemoryChunkStore implements ChunkStore {

  final Map<String, String> hashes = new LinkedHashMap<>();
  final Map<String, String> fingerprints = new LinkedHashMap<>();
  final Map<String, List<Chunk>> chunks = new LinkedHashMap<>();
  final Map<String, float[]> vectors = new LinkedHashMap<>();
  int commits;
  int hashReads;
  boolean versioned;

  @Override
  public Map<String, String> episodeHashes() {
    hashReads++;
    return Map.copyOf(hashes);
  }

  @Override
  public Map<String, EpisodeMark> episodeMarks() {
    hashReads++;
    Map<String, EpisodeMark> marks = new LinkedHashMap<>();
    hashes.forEach(
        (id, hash) -> marks.put(id, new EpisodeMark(hash, fingerprints.getOrDefault(id, ""))));
    return marks;
  }

  @Override
  public void mark(Map<String, EpisodeMark> marks) {
    marks.forEach(
        (id, mark) -> {
          if (!mark.hash().equals(hashes.get(id))) {
            throw new IllegalStateException("a fingerprint for chunks not stored: " + id);
          }
          fingerprints.put(id, mark.fingerprint());
        });
  }

  @Override
  public String version() {
    return versioned ? "commit-" + commits : null;
  }

  @Override
  public void putEpisode(
      EpisodeFacts facts, String contentHash, List<Chunk> episodeChunks, List<float[]> vectors) {
    if (episodeChunks.size() != vectors.size()) {
      throw new IllegalArgumentException("chunks and vectors differ in number");
    }
    hashes.put(facts.episodeId(), contentHash);
    fingerprints.remove(facts.episodeId());
    chunks.put(facts.episodeId(), List.copyOf(episodeChunks));
    for (int i = 0; i < episodeChunks.size(); i++) {
      this.vectors.put(episodeChunks.get(i).id(), vectors.get(i));
    }
  }

  @Override
  public void removeEpisode(String episodeId) {
    hashes.remove(episodeId);
    fingerprints.remove(episodeId);
    chunks.remove(episodeId);
  }

  @Override
  public void commit() {
    commits++;
  }

  @Override
  public List<ScoredChunk> dense(float[] vector, int k, SearchFilter filter) {
    return List.of();
  }

  @Override
  public List<ScoredChunk> lexical(String text, int k, SearchFilter filter) {
    return List.of();
  }

  @Override
  public Map<String, Integer> documentFrequencies(Collection<String> analyzedTerms) {
    Map<String, Integer> none = new LinkedHashMap<>();
    analyzedTerms.forEach(term -> none.put(term, 0));
    return none;
  }

  @Override
  public boolean hasTermStartingWith(String prefix) {
    return false;
  }

  @Override
  public int chunkCount() {
    return chunks.values().stream().mapToInt(List::size).sum();
  }

  @Override
  public String describe() {
    return "memory";
  }

  @Override
  public void close() {}
}
