package dev.podcastqa.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.SmallFloat;

/**
 * The reference the store contract compares real stores with: every search is an exhaustive scan in
 * plain Java over lists, so it shares no search code with them. Dense search is the exact cosine
 * with every vector, leaving out chunks below 0 as the stores do; lexical search is BM25 computed
 * term by term with Lucene's parameters (k1 1.2, b 0.75, document lengths rounded the way Lucene
 * stores them) over the text, the chapter context at weight 0.5 and the episode naming at 0.2. Only
 * the word analysis (English stemming, stop words) is borrowed, so both sides see the same terms.
 * Writes become visible at commit.
 */
final class ExactChunkStore implements ChunkStore {

  private static final double K1 = 1.2;
  private static final double B = 0.75;
  private static final Map<String, Double> FIELD_WEIGHTS =
      Map.of("text", 1.0, "context", 0.5, "episode", 0.2);

  /** One stored chunk: what it is, its episode's facts, its unit vector and its fields' terms. */
  private record Entry(
      Chunk chunk, EpisodeFacts facts, double[] unit, Map<String, List<String>> fields) {}

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final Map<String, EpisodeMark> marks = new LinkedHashMap<>();
  private final Map<String, List<Entry>> episodes = new LinkedHashMap<>();
  private Map<String, EpisodeMark> committedMarks = Map.of();
  private List<Entry> committed = List.of();

  @Override
  public Map<String, String> episodeHashes() {
    Map<String, String> hashes = new LinkedHashMap<>();
    committedMarks.forEach((id, mark) -> hashes.put(id, mark.hash()));
    return hashes;
  }

  @Override
  public Map<String, EpisodeMark> episodeMarks() {
    return committedMarks;
  }

  @Override
  public void mark(Map<String, EpisodeMark> episodeMarks) {
    marks.putAll(episodeMarks);
  }

  @Override
  public void putEpisode(
      EpisodeFacts facts, String contentHash, List<Chunk> chunks, List<float[]> vectors) {
    if (chunks.size() != vectors.size()) {
      throw new IllegalArgumentException("chunks and vectors differ in number");
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < chunks.size(); i++) {
      Chunk chunk = chunks.get(i);
      Map<String, List<String>> fields = new HashMap<>();
      fields.put("text", terms(chunk.text()));
      fields.put("context", terms(chunk.context()));
      fields.put("episode", terms(facts.naming()));
      entries.add(new Entry(chunk, facts, unit(vectors.get(i)), fields));
    }
    // A rewritten episode goes to the end, as a delete and add does in an index.
    episodes.remove(facts.episodeId());
    episodes.put(facts.episodeId(), entries);
    marks.put(facts.episodeId(), EpisodeMark.unfingerprinted(contentHash));
  }

  @Override
  public void removeEpisode(String episodeId) {
    episodes.remove(episodeId);
    marks.remove(episodeId);
  }

  @Override
  public void commit() {
    committedMarks = Map.copyOf(marks);
    committed = episodes.values().stream().flatMap(List::stream).toList();
  }

  @Override
  public List<ScoredChunk> dense(float[] vector, int k, SearchFilter filter) {
    double[] query = unit(vector);
    return best(
        k,
        filter,
        entry -> {
          double dot = 0;
          for (int i = 0; i < query.length; i++) {
            dot += query[i] * entry.unit()[i];
          }
          // As every store does: chunks leaning away from the question (cosine below 0) are left
          // out.
          return dot >= 0 ? dot : Double.NaN;
        });
  }

  @Override
  public List<ScoredChunk> lexical(String text, int k, SearchFilter filter) {
    List<String> query = terms(text);
    if (query.isEmpty()) {
      return List.of();
    }
    Map<String, FieldStats> stats = new HashMap<>();
    FIELD_WEIGHTS.keySet().forEach(field -> stats.put(field, FieldStats.of(committed, field)));
    return best(
        k,
        filter,
        entry -> {
          double score = 0;
          for (var field : FIELD_WEIGHTS.entrySet()) {
            score +=
                field.getValue() * bm25(query, entry, field.getKey(), stats.get(field.getKey()));
          }
          // BM25 is positive for every matching term: 0 means no query term is in the chunk.
          return score > 0 ? score : Double.NaN;
        });
  }

  @Override
  public Map<String, Integer> documentFrequencies(Collection<String> analyzedTerms) {
    Map<String, Integer> frequencies = new HashMap<>();
    for (String term : analyzedTerms) {
      int most = 0;
      for (String field : FIELD_WEIGHTS.keySet()) {
        most = Math.max(most, FieldStats.of(committed, field).docFreq(term));
      }
      frequencies.put(term, most);
    }
    return frequencies;
  }

  @Override
  public boolean hasTermStartingWith(String prefix) {
    return committed.stream()
        .flatMap(e -> e.fields().values().stream())
        .flatMap(List::stream)
        .anyMatch(term -> term.startsWith(prefix));
  }

  @Override
  public int chunkCount() {
    return committed.size();
  }

  @Override
  public String describe() {
    return "exact reference store";
  }

  @Override
  public void close() {
    analyzer.close();
  }

  /**
   * The {@code k} best-scoring chunks the filter lets through, leaving out those scored NaN (no
   * match); ties keep the order written.
   */
  private List<ScoredChunk> best(int k, SearchFilter filter, ToDoubleFunction<Entry> score) {
    List<ScoredChunk> hits = new ArrayList<>();
    for (Entry entry : committed) {
      if (matches(entry, filter)) {
        double s = score.applyAsDouble(entry);
        if (!Double.isNaN(s)) {
          hits.add(new ScoredChunk(entry.chunk(), s));
        }
      }
    }
    hits.sort(Comparator.comparingDouble(ScoredChunk::score).reversed());
    return List.copyOf(hits.subList(0, Math.min(k, hits.size())));
  }

  private static boolean matches(Entry entry, SearchFilter filter) {
    EpisodeFacts facts = entry.facts();
    if (filter.episodeId() != null && !filter.episodeId().equals(facts.episodeId())) {
      return false;
    }
    if (filter.podcast() != null
        && (facts.podcast() == null
            || !ChunkSegments.podcastKey(filter.podcast())
                .equals(ChunkSegments.podcastKey(facts.podcast())))) {
      return false;
    }
    if ((filter.from() != null || filter.to() != null) && facts.published() == null) {
      return false;
    }
    if (filter.from() != null && facts.published().isBefore(filter.from())) {
      return false;
    }
    return filter.to() == null || !facts.published().isAfter(filter.to());
  }

  /** BM25 of {@code entry}'s field for every query term, repeated terms counted each time. */
  private static double bm25(List<String> query, Entry entry, String field, FieldStats stats) {
    List<String> terms = entry.fields().get(field);
    if (terms.isEmpty()) {
      return 0;
    }
    // Lucene stores a field's length in one byte, so long fields are scored at a rounded length.
    double length = SmallFloat.byte4ToInt(SmallFloat.intToByte4(terms.size()));
    double score = 0;
    for (String term : query) {
      long frequency = terms.stream().filter(term::equals).count();
      if (frequency == 0) {
        continue;
      }
      int docFreq = stats.docFreq(term);
      double idf = Math.log(1 + (stats.docCount() - docFreq + 0.5) / (docFreq + 0.5));
      double norm = K1 * ((1 - B) + B * length / stats.averageLength());
      score += idf * frequency / (frequency + norm);
    }
    return score;
  }

  private List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  private static double[] unit(float[] vector) {
    double sum = 0;
    for (float v : vector) {
      sum += (double) v * v;
    }
    double norm = Math.sqrt(sum);
    double[] unit = new double[vector.length];
    for (int i = 0; i < vector.length; i++) {
      unit[i] = norm == 0 ? 0 : vector[i] / norm;
    }
    return unit;
  }

  /** A field's collection statistics: how many chunks have it, their mean length, term counts. */
  private record FieldStats(int docCount, double averageLength, Map<String, Integer> docFreqs) {

    static FieldStats of(List<Entry> entries, String field) {
      int docs = 0;
      long tokens = 0;
      Map<String, Integer> docFreqs = new HashMap<>();
      for (Entry entry : entries) {
        List<String> terms = entry.fields().get(field);
        if (!terms.isEmpty()) {
          docs++;
          tokens += terms.size();
          terms.stream().distinct().forEach(t -> docFreqs.merge(t, 1, Integer::sum));
        }
      }
      return new FieldStats(docs, docs == 0 ? 0 : (double) tokens / docs, docFreqs);
    }

    int docFreq(String term) {
      return docFreqs.getOrDefault(term, 0);
    }
  }
}
