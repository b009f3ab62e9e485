package dev.podcastqa.retrieve;

import dev.podcastqa.index.ChunkStore;
import dev.podcastqa.index.Embedder;
import dev.podcastqa.index.PairedHits;
import dev.podcastqa.index.ScoredChunk;
import dev.podcastqa.index.SearchFilter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Hybrid search: the nearest chunks by embedding and the best BM25 matches, fused by reciprocal
 * rank fusion, so a passage either search ranks high comes out high.
 */
public final class HybridRetriever {

  /** Candidates taken from each search before fusion. */
  public static final int CANDIDATES = 40;

  /** The usual RRF constant: it flattens the difference between ranks 1 and 2. */
  static final int RRF_K = 60;

  /** Passages the question without its lacking words is searched for: only the nearest counts. */
  static final int FOCUS_CANDIDATES = 1;

  /** Timed passages considered when linking untimed text to its moment. */
  static final int MOMENT_CANDIDATES = 40;

  /** Passages of one episode searched when looking for the moment inside a chapter. */
  static final int SPAN_CANDIDATES = 60;

  /** Share of a timed passage's words (weighted by rarity) the untimed text must use. */
  static final double MOMENT_COVERAGE = 0.5;

  private final Embedder embedder;
  private final ChunkStore store;
  private final EvidenceFinder evidence;
  private final NamePhrases names;
  private final Predicate<String> listed;

  public HybridRetriever(Embedder embedder, ChunkStore store, EvidenceFinder evidence) {
    this(embedder, store, evidence, id -> "", id -> true);
  }

  /**
   * @param episodeWords an episode's title and podcast name by its id ("" when unknown), where a
   *     name the question writes may be said when no chunk says it
   * @param listed whether the catalog answers are made from lists an episode, by its id: a process
   *     that shares its index with another (a read-only second {@code serve}, two on one
   *     Elasticsearch store) can find the other's new passages a moment before its catalog lists
   *     their episode, and those are left out until it does
   */
  public HybridRetriever(
      Embedder embedder,
      ChunkStore store,
      EvidenceFinder evidence,
      Function<String, String> episodeWords,
      Predicate<String> listed) {
    this.embedder = embedder;
    this.store = store;
    this.evidence = evidence;
    // Asked only when a name is looked up, so a retriever built without evidence (a test of its
    // searches alone) can still be made.
    this.names = new NamePhrases(store, episodeWords, word -> evidence.isSpecific(word));
    this.listed = listed;
  }

  public Retrieval retrieve(String question, SearchFilter filter, int limit) {
    float[] vector = embedder.embedQuery(question);
    Fused fused =
        store.searchBoth(
            vector,
            question,
            CANDIDATES,
            filter,
            hits ->
                new Fused(
                    listedOnly(fuse(hits, limit)),
                    hits.dense().isEmpty() ? Double.NaN : hits.dense().get(0).score()));
    // Signals read the question as the passages spell it: a caption's "emax" says "Emacs".
    EvidenceFinder.Heard heard = evidence.heard(question, fused.passages());
    TermEvidence found =
        evidence.find(heard, fused.passages()).withMissingPhrase(names.missing(heard.text()));
    return new Retrieval(
        question,
        vector,
        fused.passages(),
        withFocusGain(found, question, fused.nearest(), filter));
  }

  /** {@code passages} without those of episodes the catalog does not list (yet). */
  private List<Passage> listedOnly(List<Passage> passages) {
    if (passages.stream().allMatch(p -> listed.test(p.chunk().episodeId()))) {
      return passages;
    }
    return passages.stream().filter(p -> listed.test(p.chunk().episodeId())).toList();
  }

  /** The fused passages, and the cosine of the nearest chunk (NaN when dense search found none). */
  private record Fused(List<Passage> passages, double nearest) {}

  /**
   * {@code found} with its focus gain: how much closer the nearest passage comes once the words the
   * best sentences lack are taken out of the question. One more query is embedded and searched, and
   * only when some word lacks.
   */
  private TermEvidence withFocusGain(
      TermEvidence found, String question, double nearest, SearchFilter filter) {
    if (found.lackingWords().isEmpty() || Double.isNaN(nearest)) {
      return found.withFocusGain(0);
    }
    String reduced = question;
    for (String word : found.lackingWords()) {
      reduced =
          reduced.replaceAll(
              "(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])", " ");
    }
    if (reduced.codePoints().noneMatch(Character::isLetterOrDigit)) {
      // Nothing left to embed: blank, or marks alone (an accent the question's letter carried).
      return found.withFocusGain(0);
    }
    List<ScoredChunk> without = store.dense(embedder.embedQuery(reduced), FOCUS_CANDIDATES, filter);
    double closest = without.isEmpty() ? 0 : without.get(0).score();
    return found.withFocusGain(closest - nearest);
  }

  /**
   * The moment of {@code episodeId} that {@code text} (a quoted sentence without a time) is about:
   * the timed passage whose words the text covers best, when it covers most of them. It lets an
   * answer drawn from show notes also point at the chapter that discusses it.
   */
  public Optional<Passage> momentFor(String text, String episodeId) {
    SearchFilter episode = new SearchFilter(episodeId, null, null, null);
    Passage best = null;
    double bestCoverage = MOMENT_COVERAGE;
    for (ScoredChunk hit : store.lexical(text, MOMENT_CANDIDATES, episode)) {
      if (!hit.chunk().timed()) {
        continue;
      }
      double coverage = evidence.coverage(hit.chunk().context() + "\n" + hit.chunk().text(), text);
      if (coverage >= bestCoverage) {
        bestCoverage = coverage;
        best = new Passage(hit.chunk(), 0, Double.NaN, hit.score(), 0, 1);
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The transcript passages of {@code episodeId} starting in {@code [from, to)} seconds, best first
   * for {@code retrieval}'s question: both searches run again within the episode, so a chapter
   * title or show-note line can be cited at the passage inside it that answers. The question's
   * embedding is reused; nothing is embedded.
   */
  public List<Passage> transcriptWithin(Retrieval retrieval, String episodeId, int from, int to) {
    return episodeSearches().transcriptWithin(retrieval, episodeId, from, to);
  }

  /**
   * Like {@link #transcriptWithin(Retrieval, String, int, int)}, from the {@code k} best chunks of
   * each search within the episode (of any kind; only transcript is kept), all of them. A search's
   * cost is mostly reading the chunks it returns, so a caller that judges only the first few asks
   * for few.
   */
  public List<Passage> transcriptWithin(
      Retrieval retrieval, String episodeId, int from, int to, int k) {
    return episodeSearches().transcriptWithin(retrieval, episodeId, from, to, k);
  }

  /**
   * Searches within episodes for one answer, which keep what they found: an answer that looks into
   * one episode several times for the same question searches it once.
   */
  public EpisodeSearches episodeSearches() {
    return new EpisodeSearches(store);
  }

  /**
   * How rare each of {@code analyzedTerms} (already analyzed like the BM25 fields) is in the index:
   * its inverse document frequency, {@code ln((chunks + 1) / (frequency + 0.5))}, so a word few
   * passages use weighs more than one most passages use.
   */
  public Map<String, Double> rarity(Collection<String> analyzedTerms) {
    Map<String, Integer> frequencies = store.documentFrequencies(analyzedTerms);
    double chunks = Math.max(1, store.chunkCount());
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String term : analyzedTerms) {
      weights.put(term, Math.log((chunks + 1) / (frequencies.getOrDefault(term, 0) + 0.5)));
    }
    return weights;
  }

  static List<Passage> fuse(List<ScoredChunk> dense, List<ScoredChunk> lexical, int limit) {
    return fuse(PairedHits.of(dense, lexical), limit);
  }

  /**
   * The {@code limit} best of both searches' hits by reciprocal rank fusion, ties by chunk id. Hits
   * a search scored alike share the rank of the first of them, so the order a store lists equal
   * scores in (a copy's document numbers, in Elasticsearch) changes nothing. Only the hits that can
   * be among them are read: those fused at least as high as the {@code limit}-th.
   */
  static List<Passage> fuse(PairedHits hits, int limit) {
    Map<Integer, Fusing> byKey = new LinkedHashMap<>();
    List<PairedHits.Hit> dense = hits.dense();
    for (int i = 0, rank = 0; i < dense.size(); i++) {
      PairedHits.Hit hit = dense.get(i);
      rank = sharedRank(dense, i, rank);
      Fusing f = byKey.computeIfAbsent(hit.key(), Fusing::new);
      f.cosine = hit.score();
      f.denseRank = rank;
      f.fused += 1.0 / (RRF_K + rank);
    }
    List<PairedHits.Hit> lexical = hits.lexical();
    for (int i = 0, rank = 0; i < lexical.size(); i++) {
      PairedHits.Hit hit = lexical.get(i);
      rank = sharedRank(lexical, i, rank);
      Fusing f = byKey.computeIfAbsent(hit.key(), Fusing::new);
      f.bm25 = hit.score();
      f.lexicalRank = rank;
      f.fused += 1.0 / (RRF_K + rank);
    }
    if (limit <= 0 || byKey.isEmpty()) {
      return List.of();
    }
    double[] scores = byKey.values().stream().mapToDouble(f -> f.fused).sorted().toArray();
    double lowestKept = scores[Math.max(0, scores.length - limit)];
    List<Passage> passages = new ArrayList<>();
    for (Fusing f : byKey.values()) {
      if (f.fused >= lowestKept) {
        passages.add(
            new Passage(hits.chunk(f.key), f.fused, f.cosine, f.bm25, f.denseRank, f.lexicalRank));
      }
    }
    passages.sort(
        Comparator.comparingDouble(Passage::fused).reversed().thenComparing(p -> p.chunk().id()));
    return passages.subList(0, Math.min(limit, passages.size()));
  }

  /**
   * The 1-based rank of the {@code i}-th of {@code hits}: that of the hit before it, {@code
   * previous}, when both scored alike, else its own place.
   */
  private static int sharedRank(List<PairedHits.Hit> hits, int i, int previous) {
    return i > 0 && hits.get(i).score() == hits.get(i - 1).score() ? previous : i + 1;
  }

  /** A passage's scores while the two lists are being fused. */
  private static final class Fusing {
    final int key;
    double fused;
    double cosine = Double.NaN;
    double bm25 = Double.NaN;
    int denseRank;
    int lexicalRank;

    Fusing(int key) {
      this.key = key;
    }
  }
}
