package dev.podcastqa.cache;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.ingest.Ingester;
import dev.podcastqa.ingest.http.HttpFetcher;
import dev.podcastqa.ingest.transcript.Fixture;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.LogCapture;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCacheTests {

  private static final String BUILD = "test-build";

  @TempDir Path temp;
  private Path episodes;
  private Path cacheFile;
  private Ingester ingester;

  @BeforeEach
  void writeSources() throws IOException {
    episodes = Files.createDirectories(temp.resolve("episodes"));
    cacheFile = temp.resolve("index/sources.cache");
    copy("transcripts/episode-page.txt", "interview.txt");
    copy("transcripts/interview.vtt", "interview.vtt");
    Files.writeString(
        episodes.resolve("interview.json"),
        "{\"podcast\": \"Street Talk\", \"published\": \"2023-06-18\","
            + " \"audioUrl\": \"https://example.org/a.mp3\", \"sameAs\": [\"elsewhere\"]}");
    copy("pages/all-timestamp-forms.txt", "saes.txt");
    copy("transcripts/bad-timing.vtt", "bad-timing.vtt");
    copy("transcripts/words.json", "words.json");
    HttpFetcher fetcher = new HttpFetcher();
    ingester = Ingester.reading(fetcher, Json.newMapper());
  }

  private void copy(String fixture, String name) throws IOException {
    Files.write(episodes.resolve(name), Fixture.bytes(fixture));
  }

  private Corpus ingest(SourceCache cache) {
    return new CachingIngester(ingester, cache).ingest(List.of(episodes.toString()));
  }

  @Test
  void unchangedFilesComeFromTheCacheAndGiveTheSameCorpus() {
    Corpus parsed = ingester.ingest(List.of(episodes.toString()));
    assertThat(parsed.problems()).isNotEmpty();

    SourceCache first = SourceCache.open(cacheFile, BUILD);
    assertSameCorpus(ingest(first), parsed);
    assertThat(first.hits()).isZero();

    SourceCache second = SourceCache.open(cacheFile, BUILD);
    assertSameCorpus(ingest(second), parsed);
    assertThat(second.hits()).isEqualTo(6);
    assertThat(second.misses()).isZero();
  }

  @Test
  void anEpisodeFromTheCacheHasTheFingerprintOfTheSameEpisodeParsed() {
    Corpus parsed = ingest(SourceCache.open(cacheFile, BUILD));
    SourceCache second = SourceCache.open(cacheFile, BUILD);
    Corpus cached = ingest(second);
    assertThat(second.hits()).isEqualTo(6);

    SourceCache none = SourceCache.none();
    List<String> parsedPrints =
        parsed.episodes().stream().map(e -> none.fingerprint(e, parsed.transcripts())).toList();
    assertThat(
            cached.episodes().stream()
                .map(e -> second.fingerprint(e, cached.transcripts()))
                .toList())
        .isEqualTo(parsedPrints)
        .doesNotHaveDuplicates();
  }

  @Test
  void aCachedCorpusDecodesATranscriptOnlyWhenItIsAskedFor() {
    Corpus parsed = ingest(SourceCache.open(cacheFile, BUILD));
    SourceCache second = SourceCache.open(cacheFile, BUILD);
    Corpus cached = ingest(second);
    assertThat(second.hits()).isEqualTo(6);
    CachedTranscripts transcripts = (CachedTranscripts) cached.transcripts();

    for (Episode episode : cached.episodes()) {
      second.fingerprint(episode, transcripts);
      assertThat(transcripts.has(episode.id())).isEqualTo(parsed.transcripts().has(episode.id()));
    }
    assertThat(transcripts.decoded()).isZero();

    for (Episode episode : cached.episodes()) {
      assertThat(transcripts.of(episode.id())).isEqualTo(parsed.transcripts().of(episode.id()));
    }
    assertThat(transcripts.decoded()).isPositive();
    assertThat(parsed.episodes()).anyMatch(e -> parsed.transcripts().has(e.id()));
  }

  @Test
  void aRestartReadsNoTranscriptUntilOneIsAskedFor() throws IOException {
    Corpus parsed = ingest(SourceCache.open(cacheFile, BUILD));
    byte[] bytes = Files.readAllBytes(cacheFile);
    List<SourceCacheFile.Blob> damaged = transcriptsWithSegments(bytes);
    assertThat(damaged).isNotEmpty();
    damaged.forEach(blob -> bytes[(int) (blob.offset() + blob.length() / 2)] ^= 0x5A);
    Files.write(cacheFile, bytes);

    try (LogCapture log = LogCapture.silencing(SourceCache.class)) {
      SourceCache cache = SourceCache.open(cacheFile, BUILD);
      Corpus restarted = ingest(cache);

      assertThat(restarted.episodes()).isEqualTo(parsed.episodes());
      assertThat(cache.hits()).isEqualTo(6);
      assertThat(cache.misses()).isZero();
      for (Episode episode : parsed.episodes()) {
        assertThat(restarted.transcripts().has(episode.id()))
            .isEqualTo(parsed.transcripts().has(episode.id()));
      }
      assertThat(((CachedTranscripts) restarted.transcripts()).decoded()).isZero();
      assertThat(log.warnings()).isEmpty();
    }
  }

  @Test
  void theEpisodesARestartReadsLieTogetherAfterTheTranscripts() throws IOException {
    Corpus parsed = ingest(SourceCache.open(cacheFile, BUILD));
    SourceCacheFile.Table table = table(Files.readAllBytes(cacheFile));
    List<SourceCacheFile.Blob> episodes = table.snapshotEpisodes();
    assertThat(episodes).hasSize(parsed.episodes().size());

    long lastTranscriptEnd =
        table.snapshotTranscripts().stream()
            .mapToLong(b -> b.offset() + b.length())
            .max()
            .orElse(0);
    long firstEpisode = episodes.stream().mapToLong(SourceCacheFile.Blob::offset).min().orElse(0);
    long episodesEnd = episodes.stream().mapToLong(b -> b.offset() + b.length()).max().orElse(0);
    long episodeBytes = episodes.stream().mapToLong(SourceCacheFile.Blob::length).sum();
    assertThat(firstEpisode).isEqualTo(lastTranscriptEnd);
    assertThat(episodesEnd - firstEpisode).isEqualTo(episodeBytes);
  }

  @Test
  void aDamagedTranscriptFoundWhenAskedForIsParsedAgainFromItsSources() throws IOException {
    Corpus parsed = ingest(SourceCache.open(cacheFile, BUILD));
    byte[] bytes = Files.readAllBytes(cacheFile);
    SourceCacheFile.Blob blob = transcriptsWithSegments(bytes).get(0);
    bytes[(int) (blob.offset() + blob.length() / 2)] ^= 0x5A;
    Files.write(cacheFile, bytes);
    Corpus restarted = ingest(SourceCache.open(cacheFile, BUILD));
    Episode hit =
        restarted.episodes().stream()
            .filter(e -> parsed.transcripts().has(e.id()))
            .findFirst()
            .orElseThrow();

    try (LogCapture log = LogCapture.silencing(SourceCache.class)) {
      assertSameCorpus(restarted, parsed);

      assertOneDamageWarning(log);
      assertThat(log.warnings()).singleElement().asString().endsWith("parsing its sources again");
    }
    assertThat(restarted.transcripts().of(hit.id())).isNotEmpty();
  }

  /** Where the snapshot's non-empty transcripts lie in the cache file {@code bytes}. */
  private static List<SourceCacheFile.Blob> transcriptsWithSegments(byte[] bytes) {
    int empty = new SourceCacheCodec().emptyTranscriptLength();
    return table(bytes).snapshotTranscripts().stream().filter(b -> b.length() > empty).toList();
  }

  /** The same episodes, problems and transcripts, however each corpus keeps its transcripts. */
  private static void assertSameCorpus(Corpus actual, Corpus expected) {
    assertThat(actual.episodes()).isEqualTo(expected.episodes());
    assertThat(actual.problems()).isEqualTo(expected.problems());
    for (Episode episode : expected.episodes()) {
      assertThat(actual.transcripts().of(episode.id()))
          .isEqualTo(expected.transcripts().of(episode.id()));
    }
  }

  @Test
  void aLaterReadInTheSameRunParsesOnlyWhatChangedAndWritesTheCacheOnlyThen() throws IOException {
    SourceCache cache = SourceCache.open(cacheFile, BUILD);
    Corpus first = ingest(cache);
    int parsed = cache.misses();
    FileTime written = Files.getLastModifiedTime(cacheFile);
    Files.setLastModifiedTime(cacheFile, FileTime.fromMillis(written.toMillis() - 60_000));
    FileTime aged = Files.getLastModifiedTime(cacheFile);

    Corpus again = ingest(cache);

    assertThat(again).isSameAs(first);
    assertThat(cache.misses()).isEqualTo(parsed);
    assertThat(Files.getLastModifiedTime(cacheFile)).isEqualTo(aged);

    Files.writeString(
        episodes.resolve("saes.txt"),
        "How Sparse Autoencoders Find Features, Again\n\nPodcast: The Interpretability Hour\n");
    Corpus changed = ingest(cache);

    assertSameCorpus(changed, ingester.ingest(List.of(episodes.toString())));
    assertThat(cache.misses()).isEqualTo(parsed + 1);
    assertThat(Files.getLastModifiedTime(cacheFile)).isNotEqualTo(aged);
  }

  @Test
  void aChangedFileIsParsedAgain() throws IOException {
    ingest(SourceCache.open(cacheFile, BUILD));
    Files.writeString(
        episodes.resolve("saes.txt"),
        "How Sparse Autoencoders Find Features, Again\n\nPodcast: The Interpretability Hour\n");

    SourceCache cache = SourceCache.open(cacheFile, BUILD);
    Corpus corpus = ingest(cache);

    assertSameCorpus(corpus, ingester.ingest(List.of(episodes.toString())));
    assertThat(corpus.episodes())
        .anyMatch(e -> e.title().equals("How Sparse Autoencoders Find Features, Again"));
    assertThat(cache.hits()).isEqualTo(5);
  }

  @Test
  void aFileTouchedWithoutChangingItsSizeOrARemovedFileIsSeenAtRestart() throws IOException {
    ingest(SourceCache.open(cacheFile, BUILD));
    Path touched = episodes.resolve("saes.txt");
    FileTime before = Files.getLastModifiedTime(touched);
    Files.setLastModifiedTime(touched, FileTime.fromMillis(before.toMillis() + 5_000));

    SourceCache afterTouch = SourceCache.open(cacheFile, BUILD);
    assertSameCorpus(ingest(afterTouch), ingester.ingest(List.of(episodes.toString())));
    assertThat(afterTouch.hits()).isEqualTo(5);
    assertThat(afterTouch.misses()).isEqualTo(1);

    Files.delete(episodes.resolve("bad-timing.vtt"));
    SourceCache afterRemoval = SourceCache.open(cacheFile, BUILD);
    Corpus corpus = ingest(afterRemoval);
    assertSameCorpus(corpus, ingester.ingest(List.of(episodes.toString())));
    assertThat(corpus.problems()).noneMatch(p -> p.location().contains("bad-timing"));
    assertThat(afterRemoval.hits()).isEqualTo(5);
    assertThat(afterRemoval.misses()).isZero();
  }

  @Test
  void aRestartWhereNoFileChangedLeavesTheReadsOfSourcesUnread() throws IOException {
    Corpus parsed = ingest(SourceCache.open(cacheFile, BUILD));
    byte[] bytes = Files.readAllBytes(cacheFile);
    SourceCacheFile.Blob reads = table(bytes).entries();
    bytes[(int) (reads.offset() + reads.length() / 2)] ^= 0x5A;
    Files.write(cacheFile, bytes);

    try (LogCapture log = LogCapture.silencing(SourceCache.class)) {
      SourceCache unchanged = SourceCache.open(cacheFile, BUILD);
      assertSameCorpus(ingest(unchanged), parsed);
      assertThat(unchanged.hits()).isEqualTo(6);
      assertThat(log.warnings()).isEmpty();

      Files.writeString(episodes.resolve("extra.txt"), "An Extra Episode\n\nPodcast: Extras\n");
      SourceCache added = SourceCache.open(cacheFile, BUILD);
      assertSameCorpus(ingest(added), ingester.ingest(List.of(episodes.toString())));
      assertThat(added.hits()).isZero();
      assertOneDamageWarning(log);
    }
  }

  @Test
  void damageToTheCorpusPartTheTableOrTheTrailerIsDetectedWithAWarning() throws IOException {
    Corpus parsed = ingest(SourceCache.open(cacheFile, BUILD));
    byte[] bytes = Files.readAllBytes(cacheFile);
    long table = ByteBuffer.wrap(bytes, bytes.length - 20, 8).getLong();
    for (long at : new long[] {table - 10, table + 5, bytes.length - 3}) {
      assertDetectedAndRewritten(bytes, (int) at, parsed, 6);
    }
  }

  @Test
  void damageToOneFilesEntryIsDetectedWhenItIsReadWithAWarning() throws IOException {
    ingest(SourceCache.open(cacheFile, BUILD));
    byte[] bytes = Files.readAllBytes(cacheFile);
    Files.writeString(episodes.resolve("extra.txt"), "An Extra Episode\n\nPodcast: Extras\n");
    Corpus parsed = ingester.ingest(List.of(episodes.toString()));

    assertDetectedAndRewritten(bytes, 10, parsed, 7);
  }

  @Test
  void aCacheMappedInRegionsOfAFewHundredBytesGivesTheSameCorpus() throws IOException {
    Corpus parsed = ingest(SourceCache.open(cacheFile, BUILD));
    byte[] bytes = Files.readAllBytes(cacheFile);
    int region = regionAcrossTrailerAndTable(bytes);
    SourceCacheFile.Table table = table(bytes);
    List<SourceCacheFile.Blob> values = snapshotValues(table);
    assertThat(values).anyMatch(blob -> crosses(blob.offset(), blob.length(), region));
    assertThat(entries(bytes, table))
        .anyMatch(e -> crosses(e.blob().offset(), e.blob().length(), region));

    SourceCache cached = SourceCache.open(cacheFile, BUILD, region);
    Corpus corpus = ingest(cached);

    assertSameCorpus(corpus, parsed);
    assertThat(cached.hits()).isEqualTo(6);
    assertThat(cached.misses()).isZero();

    Files.writeString(
        episodes.resolve("saes.txt"),
        "How Sparse Autoencoders Find Features, Again\n\nPodcast: The Interpretability Hour\n");
    SourceCache reads = SourceCache.open(cacheFile, BUILD, region);
    assertSameCorpus(ingest(reads), ingester.ingest(List.of(episodes.toString())));
    assertThat(reads.hits()).isEqualTo(5);
  }

  @Test
  void damageToAValueAcrossARegionBoundaryIsDetectedWithAWarning() throws IOException {
    Corpus parsed = ingest(SourceCache.open(cacheFile, BUILD));
    byte[] bytes = Files.readAllBytes(cacheFile);
    int region = regionAcrossTrailerAndTable(bytes);
    SourceCacheFile.Blob crossing =
        snapshotValues(table(bytes)).stream()
            .filter(blob -> crosses(blob.offset(), blob.length(), region))
            .findFirst()
            .orElseThrow();
    long boundary = (crossing.offset() / region + 1) * region;

    assertDetectedAndRewritten(bytes, (int) boundary, parsed, 6, region);
  }

  /**
   * A region size of a few hundred bytes at which both the trailer and the table of {@code bytes}
   * cross a region boundary.
   */
  private static int regionAcrossTrailerAndTable(byte[] bytes) {
    long trailer = bytes.length - 20;
    long table = ByteBuffer.wrap(bytes, bytes.length - 20, 8).getLong();
    for (int region = 64; region < 512; region++) {
      if (crosses(trailer, 20, region) && crosses(table, (int) (trailer - table), region)) {
        return region;
      }
    }
    throw new AssertionError("no region size between 64 and 512 splits the trailer");
  }

  private static boolean crosses(long offset, int length, int region) {
    return offset / region != (offset + length - 1) / region;
  }

  private static SourceCacheFile.Table table(byte[] bytes) {
    ByteBuffer trailer = ByteBuffer.wrap(bytes, bytes.length - 20, 20).slice();
    ByteBuffer table = ByteBuffer.wrap(bytes, (int) trailer.getLong(0), trailer.getInt(8));
    return new SourceCacheCodec().decode(table.slice(), SourceCacheFile.Table.class);
  }

  /** The reads of sources the table lists, decoded from their own value. */
  private static List<SourceCacheFile.Entry> entries(byte[] bytes, SourceCacheFile.Table table) {
    SourceCacheFile.Blob list = table.entries();
    ByteBuffer value = ByteBuffer.wrap(bytes, (int) list.offset(), list.length()).slice();
    return new SourceCacheCodec().decode(value, SourceCacheFile.Entries.class).entries();
  }

  private static List<SourceCacheFile.Blob> snapshotValues(SourceCacheFile.Table table) {
    return Stream.concat(table.snapshotEpisodes().stream(), table.snapshotTranscripts().stream())
        .toList();
  }

  private void assertDetectedAndRewritten(byte[] bytes, int at, Corpus parsed, int files)
      throws IOException {
    assertDetectedAndRewritten(bytes, at, parsed, files, MappedRegions.REGION);
  }

  private void assertDetectedAndRewritten(
      byte[] bytes, int at, Corpus parsed, int files, int region) throws IOException {
    byte[] damaged = bytes.clone();
    damaged[at] ^= 0x5A;
    Files.write(cacheFile, damaged);
    try (LogCapture log = LogCapture.silencing(SourceCache.class)) {
      assertSameCorpus(ingest(SourceCache.open(cacheFile, BUILD, region)), parsed);
      assertOneDamageWarning(log);
    }
    SourceCache rewritten = SourceCache.open(cacheFile, BUILD, region);
    assertSameCorpus(ingest(rewritten), parsed);
    assertThat(rewritten.hits()).isEqualTo(files);
  }

  @Test
  void aCorpusWithAFileThatCouldNotBeReadIsNotKeptWhole() throws IOException {
    Files.write(episodes.resolve("binary.txt"), new byte[] {1, 0, 2, 0});
    Corpus parsed = ingester.ingest(List.of(episodes.toString()));
    ingest(SourceCache.open(cacheFile, BUILD));

    SourceCache second = SourceCache.open(cacheFile, BUILD);

    assertSameCorpus(ingest(second), parsed);
    assertThat(second.hits()).isEqualTo(6);
    assertThat(second.misses()).isEqualTo(1);
  }

  @Test
  void aTruncatedCacheIsIgnoredWithAWarningAndWrittenAgain() throws IOException {
    Corpus parsed = ingest(SourceCache.open(cacheFile, BUILD));
    byte[] bytes = Files.readAllBytes(cacheFile);
    Files.write(cacheFile, Arrays.copyOf(bytes, bytes.length / 3));

    assertReadAgainWithWarning(parsed);
  }

  @Test
  void aCacheThatIsNotACacheIsIgnoredWithAWarning() throws IOException {
    Corpus parsed = ingester.ingest(List.of(episodes.toString()));
    Files.createDirectories(cacheFile.getParent());
    Files.writeString(cacheFile, "not a cache");

    assertReadAgainWithWarning(parsed);
  }

  @Test
  void aCacheWrittenByAnotherBuildIsNotTrusted() {
    Corpus parsed = ingest(SourceCache.open(cacheFile, BUILD));

    SourceCache other = SourceCache.open(cacheFile, "another-build");

    assertSameCorpus(ingest(other), parsed);
    assertThat(other.hits()).isZero();
  }

  private void assertReadAgainWithWarning(Corpus parsed) {
    try (LogCapture log = LogCapture.silencing(SourceCache.class)) {
      SourceCache damaged = SourceCache.open(cacheFile, BUILD);
      assertSameCorpus(ingest(damaged), parsed);
      assertThat(damaged.hits()).isZero();
      assertOneDamageWarning(log);
    }
    SourceCache rewritten = SourceCache.open(cacheFile, BUILD);
    assertSameCorpus(ingest(rewritten), parsed);
    assertThat(rewritten.hits()).isEqualTo(6);
  }

  /** The one line a damaged cache logs: a warning that names the file, never a stack trace. */
  private void assertOneDamageWarning(LogCapture log) {
    assertThat(log.lines(Level.WARN))
        .singleElement()
        .asString()
        .startsWith("WARN SourceCache: The source cache " + cacheFile + " is damaged");
    assertThat(log.withStackTraces()).isEmpty();
  }
}
