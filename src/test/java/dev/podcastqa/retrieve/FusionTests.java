package dev.podcastqa.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.index.PairedHits;
import dev.podcastqa.index.ScoredChunk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reciprocal rank fusion of the two searches' hits, reading only the chunks it may keep. */
class FusionTests {

  @Test
  void fusingReadsOnlyTheChunksThatCanBeKept() {
    List<ScoredChunk> dense = hits("d", 40);
    List<ScoredChunk> lexical = hits("l", 40);
    lexical.set(3, dense.get(5));
    Counting counting = new Counting(PairedHits.of(dense, lexical));

    List<Passage> fused = HybridRetriever.fuse(counting, 12);

    assertThat(fused).isEqualTo(HybridRetriever.fuse(dense, lexical, 12));
    assertThat(fused.get(0).chunk().id()).isEqualTo("d05");
    // 12 kept; the 12th ties with the 13th (one list's rank 7 each), so both are read.
    assertThat(counting.read).hasSize(13);
  }

  @Test
  void tiesAtTheLastPlaceAreBrokenByChunkIdAmongAllTied() {
    // Each list's rank r fuses to the same score: places 1 and 2 tie, and the lexical hit "a"
    // sorts before the dense hit "b" although it was found second.
    List<ScoredChunk> dense = List.of(hit("b", 0.9), hit("d", 0.8));
    List<ScoredChunk> lexical = List.of(hit("a", 5), hit("c", 4));

    List<Passage> fused = HybridRetriever.fuse(new Counting(PairedHits.of(dense, lexical)), 1);

    assertThat(fused).extracting(p -> p.chunk().id()).containsExactly("a");
    assertThat(fused.get(0).lexicalRank()).isEqualTo(1);
    assertThat(fused.get(0).denseRank()).isZero();
  }

  @Test
  void hitsScoredAlikeShareARankSoTheirOrderChangesNothing() {
    // A store lists equal scores in an order of its own (in Elasticsearch, each copy of a shard
    // its own): "p" and "q" tie in the dense list, and "q" alone is found by BM25 too.
    List<ScoredChunk> lexical = List.of(hit("q", 6), hit("r", 5));
    List<Passage> oneOrder =
        HybridRetriever.fuse(List.of(hit("p", 0.8), hit("q", 0.8), hit("s", 0.7)), lexical, 4);
    List<Passage> otherOrder =
        HybridRetriever.fuse(List.of(hit("q", 0.8), hit("p", 0.8), hit("s", 0.7)), lexical, 4);

    assertThat(otherOrder).isEqualTo(oneOrder);
    assertThat(oneOrder).extracting(p -> p.chunk().id()).containsExactly("q", "p", "r", "s");
    assertThat(oneOrder).extracting(Passage::denseRank).containsExactly(1, 1, 0, 3);
  }

  @Test
  void aChunkBothSearchesFoundIsOnePassageWithBothScores() {
    ScoredChunk both = new ScoredChunk(hit("x").chunk(), 0.9);
    List<ScoredChunk> lexical = List.of(hit("y"), new ScoredChunk(both.chunk(), 7.5));

    List<Passage> fused =
        HybridRetriever.fuse(new Counting(PairedHits.of(List.of(both), lexical)), 5);

    assertThat(fused).hasSize(2);
    assertThat(fused.get(0).chunk().id()).isEqualTo("x");
    assertThat(fused.get(0).cosine()).isEqualTo(0.9);
    assertThat(fused.get(0).bm25()).isEqualTo(7.5);
    assertThat(fused.get(0).denseRank()).isEqualTo(1);
    assertThat(fused.get(0).lexicalRank()).isEqualTo(2);
  }

  private static List<ScoredChunk> hits(String prefix, int count) {
    List<ScoredChunk> hits = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      hits.add(hit(prefix + String.format("%02d", i), 1 - i / 100.0));
    }
    return hits;
  }

  private static ScoredChunk hit(String id) {
    return hit(id, 1);
  }

  private static ScoredChunk hit(String id, double score) {
    return new ScoredChunk(
        new Chunk(id, "episode", ChunkKind.TRANSCRIPT, 0, null, null, "", "text " + id, null),
        score);
  }

  /** Hits that count which chunks were read. */
  private static final class Counting implements PairedHits {
    private final PairedHits hits;
    final Set<Integer> read = new HashSet<>();

    Counting(PairedHits hits) {
      this.hits = hits;
    }

    @Override
    public List<Hit> dense() {
      return hits.dense();
    }

    @Override
    public List<Hit> lexical() {
      return hits.lexical();
    }

    @Override
    public Chunk chunk(int key) {
      read.add(key);
      return hits.chunk(key);
    }
  }
}
