package dev.podcastqa.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Level;
import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Citation;
import dev.podcastqa.answer.Question;
import dev.podcastqa.app.Application;
import dev.podcastqa.app.Pipeline;
import dev.podcastqa.cache.SourceCache;
import dev.podcastqa.testing.LogCapture;
import dev.podcastqa.testing.TestConfig;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service over the sample corpus, started the way {@code serve} starts it, when its index
 * folder is damaged in ways a size check cannot see, or cannot be written at all.
 */
class IndexDamageTests {

  private static final String QUESTION = "What is grokking?";

  @TempDir Path index;

  @Test
  void bytesOverwrittenInTheMiddleOfTheVectorsAreFoundAndTheIndexRebuilt() throws IOException {
    List<String> before = cited(open());
    Path vectors = vectorsFile();
    long size = Files.size(vectors);
    try (RandomAccessFile file = new RandomAccessFile(vectors.toFile(), "rw")) {
      byte[] middle = new byte[(int) Math.min(4096, size / 4)];
      file.seek(size / 2);
      file.readFully(middle);
      for (int i = 0; i < middle.length; i++) {
        middle[i] ^= (byte) 0x5A;
      }
      file.seek(size / 2);
      file.write(middle);
    }
    assertThat(Files.size(vectors)).isEqualTo(size);

    try (LogCapture log = LogCapture.silencing(LuceneIndex.class)) {
      Pipeline reopened = open();
      assertThat(log.withStackTraces()).isEmpty();
      assertThat(log.lines(Level.WARN))
          .singleElement()
          .asString()
          .startsWith("WARN LuceneIndex: The index in " + index.resolve("lucene") + " is corrupt")
          .contains("is corrupt or partial")
          .contains("rebuilding it");
      assertThat(reopened.indexReport().unchangedEpisodes()).isZero();
      assertThat(cited(reopened)).isEqualTo(before);
    }
  }

  @Test
  void anIndexFolderThatCannotBeWrittenFailsNamingItAndTheCause() throws Exception {
    try (ReadOnly readOnly = ReadOnly.make(index);
        LogCapture log = LogCapture.everything();
        LogCapture cache = LogCapture.silencing(SourceCache.class)) {
      assertThatThrownBy(this::open)
          .hasMessageContaining("cannot open the index in " + index.resolve("lucene"))
          .hasMessageMatching("(?s).*(Permission denied|Operation not permitted|permission).*");
      assertThat(log.lines(Level.INFO)).noneMatch(line -> line.contains("{}"));
      assertThat(log.withStackTraces()).isEmpty();
      // The source cache beside the index cannot be written either: one line, not a trace.
      assertThat(cache.lines(Level.WARN))
          .singleElement()
          .asString()
          .startsWith("WARN SourceCache: Cannot write the source cache " + index)
          .endsWith("; sources will be parsed again");
      assertThat(cache.withStackTraces()).isEmpty();
    }
  }

  private Pipeline open() {
    return new Application(TestConfig.of(Path.of("data/episodes"), index)).open();
  }

  /**
   * Episode and second of each citation of the answer to {@link #QUESTION}; closes the pipeline.
   */
  private static List<String> cited(Pipeline pipeline) {
    try (pipeline) {
      Answer answer = pipeline.answers().answer(Question.of(QUESTION));
      assertThat(answer.answered()).isTrue();
      return answer.citations().stream().map(Citation::url).toList();
    }
  }

  private Path vectorsFile() throws IOException {
    try (Stream<Path> files = Files.list(index.resolve("lucene"))) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".vec"))
          .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length()))
          .orElseThrow();
    }
  }

  /**
   * Makes a folder unwritable: by its permissions, or for root, whom permissions do not stop, by
   * the immutable attribute. Skips the test where neither can be done.
   */
  private record ReadOnly(Path folder, boolean immutable) implements AutoCloseable {

    static ReadOnly make(Path folder) throws Exception {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
      if (!Files.isWritable(folder) && !canCreateIn(folder)) {
        return new ReadOnly(folder, false);
      }
      boolean set = chattr("+i", folder);
      assumeTrue(set && !canCreateIn(folder), "cannot make a folder read-only here");
      return new ReadOnly(folder, true);
    }

    private static boolean canCreateIn(Path folder) {
      try {
        Files.delete(Files.createTempFile(folder, "probe", ""));
        return true;
      } catch (IOException e) {
        return false;
      }
    }

    private static boolean chattr(String flag, Path folder) throws Exception {
      Process process;
      try {
        process = new ProcessBuilder("chattr", flag, folder.toString()).inheritIO().start();
      } catch (IOException e) {
        return false; // no chattr here
      }
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    }

    @Override
    public void close() throws Exception {
      if (immutable) {
        chattr("-i", folder);
      }
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
