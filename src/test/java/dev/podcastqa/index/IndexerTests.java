package dev.podcastqa.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Source;
import dev.podcastqa.episode.Transcripts;
import dev.podcastqa.index.lucene.LuceneChunkStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTests {

  private static Embedder embedder;

  @TempDir Path temp;
  private final AtomicInteger counted = new AtomicInteger();
  private final MemoryChunkStore store = new MemoryChunkStore();
  private final Map<String, List<Segment>> said = new HashMap<>();

  @BeforeAll
  static void loadModel() {
    embedder = new Embedder(EmbeddingChoice.MINILM);
  }

  private IndexReport sync(List<Episode> episodes) {
    TokenCounter counting =
        text -> {
          counted.incrementAndGet();
          return embedder.count(text);
        };
    return new Indexer(new Chunker(counting, 256), embedder, store, ContentHash::ofInputs)
        .sync(episodes, transcripts());
  }

  @Test
  void episodesEmbeddedInSeveralPartsAreWrittenEachWithItsOwnVectorsAndCommittedOnce() {
    Chunker chunker = new Chunker(embedder, 256);
    List<Episode> episodes = new ArrayList<>();
    int chunks = 0;
    while (chunks <= 2 * Indexer.EMBED_EVERY_CHUNKS) {
      Episode episode = episode("part-" + episodes.size(), "Ferry crossing " + episodes.size());
      episodes.add(episode);
      chunks += chunker.chunk(episode, said.get(episode.id())).size();
    }
    int commits = store.commits;
    IndexReport report = sync(episodes);
    assertThat(report.embeddedChunks()).isEqualTo(chunks);
    assertThat(store.chunkCount()).isEqualTo(chunks);
    assertThat(store.commits).isEqualTo(commits + 1);
    for (Episode episode : List.of(episodes.get(0), episodes.get(episodes.size() - 1))) {
      List<Chunk> transcript =
          chunker.chunk(episode, said.get(episode.id())).stream()
              .filter(c -> c.kind() == ChunkKind.TRANSCRIPT)
              .toList();
      assertThat(transcript).isNotEmpty();
      for (Chunk chunk : transcript) {
        assertThat(store.vectors.get(chunk.id()))
            .as(chunk.id())
            .isEqualTo(embedder.embedQuery(chunk.embeddingText()));
      }
    }
  }

  /** The transcripts of the episodes made last under each id. */
  private Transcripts transcripts() {
    return Transcripts.kept(said);
  }

  /** An episode whose transcript says {@code words}, noted as the one with its id from now on. */
  private Episode episode(String id, String words) {
    List<Segment> transcript = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      transcript.add(new Segment(i * 10, i * 10 + 9, "Host", words + " Point number " + i + "."));
    }
    said.put(id, transcript);
    return new Episode(
        id,
        "Episode " + id,
        "Test Podcast",
        null,
        120,
        Links.NONE,
        List.of(new Chapter(0, "Opening"), new Chapter(60, "Middle part")),
        List.of(),
        "A short description. It has two sentences.",
        List.of(new Source(id + ".vtt", "webvtt")));
  }

  @Test
  void aRunningProcessSyncingAgainDoesNotChunkUnchangedEpisodesAgain() {
    TokenCounter counting =
        text -> {
          counted.incrementAndGet();
          return embedder.count(text);
        };
    Indexer indexer =
        new Indexer(new Chunker(counting, 256), embedder, store, ContentHash::ofInputs);
    store.versioned = true;
    Episode one = episode("one", "Soil holds carbon.");
    indexer.sync(List.of(one), transcripts());
    indexer.sync(List.of(one, episode("two", "Roots feed fungi.")), transcripts());
    counted.set(0);

    IndexReport third =
        indexer.sync(List.of(one, episode("two", "Roots feed fungi.")), transcripts());

    assertThat(third.unchangedEpisodes()).isEqualTo(2);
    assertThat(counted.get()).isZero();
  }

  @Test
  void anUpdateCommitsOnceAndIsSearchableBeforeItsCommit(@TempDir Path folder) {
    try (ChunkStore lucene = LuceneChunkStore.open(folder, EmbeddingChoice.MINILM)) {
      Indexer indexer = new Indexer(new Chunker(embedder, 256), embedder, lucene);
      indexer.sync(List.of(episode("one", "Soil holds carbon.")), transcripts());
      String before = lucene.version();
      int chunksBefore = lucene.chunkCount();
      AtomicInteger seen = new AtomicInteger();
      List<String> versions = new ArrayList<>();

      indexer.sync(
          List.of(episode("one", "Soil holds carbon."), episode("two", "Roots feed fungi.")),
          transcripts(),
          () -> {
            seen.set(lucene.chunkCount());
            versions.add(lucene.version());
          });

      assertThat(seen.get()).isGreaterThan(chunksBefore);
      assertThat(versions).containsExactly(before);
      assertThat(lucene.version()).isNotEqualTo(before);
    }
    int commits = store.commits;
    sync(List.of(episode("one", "Soil holds carbon."), episode("two", "Roots feed fungi.")));
    assertThat(store.commits).isEqualTo(commits + 1);
  }

  @Test
  void aRestartNeitherChunksNorEmbedsUnchangedEpisodes() {
    List<Episode> episodes = List.of(episode("one", "Soil holds carbon."), episode("two", "Hi."));
    IndexReport first = sync(episodes);
    assertThat(first.embeddedEpisodes()).isEqualTo(2);
    counted.set(0);

    IndexReport second = sync(episodes);

    assertThat(second.embeddedChunks()).isZero();
    assertThat(second.unchangedEpisodes()).isEqualTo(2);
    assertThat(counted.get()).isZero();
  }

  @Test
  void aRunningIndexerReadsTheStoresMarksAgainOnlyAfterTheStoreCommits() {
    store.versioned = true;
    Indexer indexer =
        new Indexer(new Chunker(embedder, 256), embedder, store, ContentHash::ofInputs);
    List<Episode> episodes = List.of(episode("one", "Soil holds carbon."));
    indexer.sync(episodes, transcripts());
    int reads = store.hashReads;

    indexer.sync(episodes, transcripts());
    assertThat(store.hashReads).isEqualTo(reads);

    store.commit();
    indexer.sync(episodes, transcripts());
    assertThat(store.hashReads).isEqualTo(reads + 1);
  }

  @Test
  void marksReadAheadSpareTheSyncReadingThemUntilTheStoreCommits() {
    store.versioned = true;
    List<Episode> episodes = List.of(episode("one", "Soil holds carbon."));
    sync(episodes);
    StoredMarks ahead = StoredMarks.readAhead(store);
    int reads = store.hashReads;
    counted.set(0);
    Indexer indexer =
        new Indexer(new Chunker(embedder, 256), embedder, ahead, ContentHash::ofInputs);

    IndexReport restart = indexer.sync(episodes, transcripts());

    assertThat(store.hashReads).isEqualTo(reads);
    assertThat(restart.unchangedEpisodes()).isEqualTo(1);
    assertThat(restart.embeddedChunks()).isZero();
    store.commit();
    indexer.sync(episodes, transcripts());
    assertThat(store.hashReads).isEqualTo(reads + 1);
  }

  @Test
  void marksReadAheadFromAStoreThatCannotNameItsCommitsAreReadAgain() {
    List<Episode> episodes = List.of(episode("one", "Soil holds carbon."));
    sync(episodes);
    StoredMarks ahead = StoredMarks.readAhead(store);
    store.removeEpisode("one");
    int reads = store.hashReads;

    IndexReport report =
        new Indexer(new Chunker(embedder, 256), embedder, ahead, ContentHash::ofInputs)
            .sync(episodes, transcripts());

    assertThat(store.hashReads).isEqualTo(reads + 1);
    assertThat(report.embeddedEpisodes()).isEqualTo(1);
  }

  @Test
  void theFingerprintIsRecordedInTheStoreWithTheChunks() {
    Episode one = episode("one", "Soil holds carbon.");
    int commits = store.commits;

    sync(List.of(one));

    assertThat(store.fingerprints).containsEntry("one", ContentHash.ofInputs(one, transcripts()));
    assertThat(store.commits).isEqualTo(commits + 1);
  }

  @Test
  void anEpisodeStoredWithoutAFingerprintIsChunkedOnceThenMarkedNotEmbedded() {
    List<Episode> episodes = List.of(episode("one", "Soil holds carbon."));
    new Indexer(new Chunker(embedder, 256), embedder, store).sync(episodes, transcripts());
    assertThat(store.fingerprints).isEmpty();

    IndexReport first = sync(episodes);
    assertThat(first.embeddedChunks()).isZero();
    assertThat(counted.get()).isPositive();
    assertThat(store.fingerprints).containsKey("one");
    counted.set(0);

    sync(episodes);
    assertThat(counted.get()).isZero();
  }

  @Test
  void aStoreThatLostAnEpisodeSinceItsLastCommitIsNotTrustedBlindly() {
    store.versioned = true;
    List<Episode> episodes = List.of(episode("one", "Soil holds carbon."));
    sync(episodes);
    store.removeEpisode("one");
    store.commit();

    IndexReport report = sync(episodes);

    assertThat(report.embeddedEpisodes()).isEqualTo(1);
  }

  @Test
  void aChangedEpisodeIsChunkedAndEmbeddedAgainAlone() {
    sync(List.of(episode("one", "Soil holds carbon."), episode("two", "Hi.")));
    List<Chunk> before = store.chunks.get("one");

    IndexReport report =
        sync(List.of(episode("one", "Soil holds carbon."), episode("two", "Hello there.")));

    assertThat(report.embeddedEpisodes()).isEqualTo(1);
    assertThat(store.chunks.get("one")).isEqualTo(before);
    assertThat(store.chunks.get("two")).anyMatch(c -> c.text().contains("Hello there."));
  }

  @Test
  void withoutFingerprintsUnchangedChunksAreStillNotEmbeddedAgain() {
    List<Episode> episodes = List.of(episode("one", "Soil holds carbon."));
    new Indexer(new Chunker(embedder, 256), embedder, store).sync(episodes, transcripts());

    IndexReport report =
        new Indexer(new Chunker(embedder, 256), embedder, store).sync(episodes, transcripts());

    assertThat(report.embeddedChunks()).isZero();
  }

  @Test
  void anEpisodeTheStoreLostIsEmbeddedAgainDespiteItsFingerprint() {
    List<Episode> episodes = List.of(episode("one", "Soil holds carbon."));
    sync(episodes);
    store.removeEpisode("one");

    IndexReport report = sync(episodes);

    assertThat(report.embeddedEpisodes()).isEqualTo(1);
    assertThat(store.chunks.get("one")).isNotEmpty();
  }
}
