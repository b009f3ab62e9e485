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
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source cache opened ahead ({@link SourceCache#openAhead}): on a thread of its own, which also
 * decodes the snapshot's episodes while the files are listed. It gives what opening it at once
 * gives, damage included.
 */
class SourceCacheAheadTests {

  private static final String BUILD = "test-build";

  @TempDir Path temp;
  private Path episodes;
  private Path cacheFile;
  private Ingester ingester;

  /** The threads the cache was opened on. */
  private final ConcurrentLinkedQueue<String> threads = new ConcurrentLinkedQueue<>();

  private final Executor ownThread =
      task -> {
        Thread thread =
            new Thread(
                () -> {
                  threads.add(Thread.currentThread().getName());
                  task.run();
                },
                "cache-open-test");
        thread.setDaemon(true);
        thread.start();
      };

  @BeforeEach
  void writeSources() throws IOException {
    episodes = Files.createDirectories(temp.resolve("episodes"));
    cacheFile = temp.resolve("index/sources.cache");
    copy("transcripts/episode-page.txt", "interview.txt");
    copy("transcripts/interview.vtt", "interview.vtt");
    copy("pages/all-timestamp-forms.txt", "saes.txt");
    copy("transcripts/bad-timing.vtt", "bad-timing.vtt");
    copy("transcripts/words.json", "words.json");
    ingester = Ingester.reading(new HttpFetcher(), Json.newMapper());
  }

  private void copy(String fixture, String name) throws IOException {
    Files.write(episodes.resolve(name), Fixture.bytes(fixture));
  }

  private Corpus ingest(SourceCache cache) {
    return new CachingIngester(ingester, cache).ingest(List.of(episodes.toString()));
  }

  private Corpus parse() {
    return ingester.ingest(List.of(episodes.toString()));
  }

  @Test
  void openedAheadAnUnchangedFolderGivesTheCorpusParsingGivesOnTheThreadGiven() {
    Corpus parsed = parse();
    ingest(SourceCache.open(cacheFile, BUILD));

    SourceCache ahead = SourceCache.openAhead(cacheFile, BUILD, ownThread);
    Corpus corpus = ingest(ahead);

    assertSameCorpus(corpus, parsed);
    assertThat(ahead.hits()).isEqualTo(5);
    assertThat(ahead.misses()).isZero();
    assertThat(threads).containsExactly("cache-open-test");
    for (Episode episode : corpus.episodes()) {
      assertThat(ahead.fingerprint(episode, corpus.transcripts()))
          .isEqualTo(SourceCache.none().fingerprint(episode, parsed.transcripts()));
    }
  }

  @Test
  void openedAheadAChangedFolderDropsTheEpisodesDecodedAheadAndParsesWhatChanged()
      throws IOException {
    ingest(SourceCache.open(cacheFile, BUILD));
    Files.writeString(
        episodes.resolve("saes.txt"),
        "How Sparse Autoencoders Find Features, Again\n\nPodcast: The Interpretability Hour\n");

    SourceCache ahead = SourceCache.openAhead(cacheFile, BUILD, ownThread);
    Corpus corpus = ingest(ahead);

    assertSameCorpus(corpus, parse());
    assertThat(corpus.episodes())
        .anyMatch(e -> e.title().equals("How Sparse Autoencoders Find Features, Again"));
    assertThat(ahead.hits()).isEqualTo(4);
    assertThat(ahead.misses()).isEqualTo(1);
  }

  @Test
  void openedAheadADamagedEpisodeIsFoundWithAWarningAndTheSourcesParsedAgain() throws IOException {
    Corpus parsed = parse();
    ingest(SourceCache.open(cacheFile, BUILD));
    byte[] bytes = Files.readAllBytes(cacheFile);
    SourceCacheFile.Blob episode = table(bytes).snapshotEpisodes().get(0);
    bytes[(int) (episode.offset() + episode.length() / 2)] ^= 0x5A;
    Files.write(cacheFile, bytes);

    try (LogCapture log = LogCapture.silencing(SourceCache.class)) {
      SourceCache ahead = SourceCache.openAhead(cacheFile, BUILD, ownThread);
      assertSameCorpus(ingest(ahead), parsed);
      assertOneDamageWarning(log);
    }
    SourceCache rewritten = SourceCache.openAhead(cacheFile, BUILD, ownThread);
    assertSameCorpus(ingest(rewritten), parsed);
    assertThat(rewritten.hits()).isEqualTo(5);
  }

  @Test
  void openedAheadAMissingOrForeignCacheIsParsedAndWritten() throws IOException {
    Corpus parsed = parse();
    SourceCache none = SourceCache.openAhead(cacheFile, BUILD, ownThread);
    assertSameCorpus(ingest(none), parsed);
    assertThat(none.hits()).isZero();
    assertThat(cacheFile).exists();

    SourceCache otherBuild = SourceCache.openAhead(cacheFile, "another-build", ownThread);
    assertSameCorpus(ingest(otherBuild), parsed);
    assertThat(otherBuild.hits()).isZero();
  }

  private static void assertSameCorpus(Corpus actual, Corpus expected) {
    assertThat(actual.episodes()).isEqualTo(expected.episodes());
    assertThat(actual.problems()).isEqualTo(expected.problems());
    for (Episode episode : expected.episodes()) {
      assertThat(actual.transcripts().of(episode.id()))
          .isEqualTo(expected.transcripts().of(episode.id()));
    }
  }

  private static SourceCacheFile.Table table(byte[] bytes) {
    ByteBuffer trailer = ByteBuffer.wrap(bytes, bytes.length - 20, 20).slice();
    ByteBuffer table = ByteBuffer.wrap(bytes, (int) trailer.getLong(0), trailer.getInt(8));
    return new SourceCacheCodec().decode(table.slice(), SourceCacheFile.Table.class);
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
