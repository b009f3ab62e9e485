package dev.podcastqa.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The synthetic corpus on disk: {@code episodes/} with a page and a WebVTT transcript per episode,
 * and {@code corpus.properties}, the plan it was made from, written last so a run stopped half way
 * leaves no plan and is never reused.
 */
final class SyntheticCorpus {

  /** Changes whenever the generator or its word lists would write different bytes. */
  static final String GENERATOR_VERSION = "1";

  static final String EPISODES = "episodes";
  static final String MANIFEST = "corpus.properties";

  private SyntheticCorpus() {}

  /** What writing the corpus took. */
  record Written(int transcripts, long bytes, long millis) {}

  /** Writes the corpus of {@code plan} into {@code dir}, replacing any corpus there. */
  static Written write(CorpusPlan plan, Path dir) {
    long started = System.nanoTime();
    Path episodes = dir.resolve(EPISODES);
    try {
      Files.deleteIfExists(dir.resolve(MANIFEST));
      deleteTree(episodes);
      Files.createDirectories(episodes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + episodes, e);
    }
    EpisodeGenerator generator =
        new EpisodeGenerator(EpisodeGenerator.grammar(), plan.seed(), plan.secondsPerEpisode());
    long bytes =
        IntStream.range(0, plan.transcripts())
            .parallel()
            .mapToLong(i -> EpisodeFiles.write(generator.generate(i), episodes))
            .sum();
    writeManifest(plan, dir.resolve(MANIFEST));
    return new Written(plan.transcripts(), bytes, (System.nanoTime() - started) / 1_000_000);
  }

  /** The plan of the complete corpus in {@code dir}, if one was written there. */
  static Optional<CorpusPlan> read(Path dir) {
    Path manifest = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader reader = Files.newBufferedReader(manifest)) {
      p.load(reader);
      if (!GENERATOR_VERSION.equals(p.getProperty("generator"))) {
        return Optional.empty();
      }
      return Optional.of(
          new CorpusPlan(
              Integer.parseInt(p.getProperty("transcripts")),
              Integer.parseInt(p.getProperty("secondsPerEpisode")),
              Long.parseLong(p.getProperty("seed"))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static void writeManifest(CorpusPlan plan, Path manifest) {
    Properties p = new Properties();
    p.setProperty("generator", GENERATOR_VERSION);
    p.setProperty("transcripts", String.valueOf(plan.transcripts()));
    p.setProperty("secondsPerEpisode", String.valueOf(plan.secondsPerEpisode()));
    p.setProperty("seed", String.valueOf(plan.seed()));
    try (Writer writer = Files.newBufferedWriter(manifest)) {
      p.store(writer, "synthetic corpus written by podcast-qa bench");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + manifest, e);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
