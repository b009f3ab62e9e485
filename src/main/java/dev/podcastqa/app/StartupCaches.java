package dev.podcastqa.app;

import dev.podcastqa.index.ChunkManifest;
import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.ingest.cache.SourceCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The two start-up caches beside the index, so a restart over a large corpus neither parses nor
 * chunks again what did not change. Each is tied to the build of the code that wrote it, and is not
 * used when that build cannot be named.
 */
final class StartupCaches {

  /** Parsed sources, kept beside the index so a restart does not parse unchanged files. */
  static final String SOURCE_CACHE = "sources.cache";

  /** What each episode gave the chunker, so a restart does not chunk unchanged episodes. */
  static final String CHUNK_MANIFEST = "chunks.manifest";

  private final Path indexDir;
  private final Optional<String> build;

  private StartupCaches(Path indexDir, Optional<String> build) {
    this.indexDir = indexDir;
    this.build = build;
  }

  /** The caches in {@code indexDir}, for the build running now. */
  static StartupCaches beside(Path indexDir) {
    return new StartupCaches(indexDir, build());
  }

  SourceCache sources() {
    return build
        .map(b -> SourceCache.open(indexDir.resolve(SOURCE_CACHE), b))
        .orElse(SourceCache.none());
  }

  /** The chunk manifest for {@code choice}: chunks depend on the model's tokenizer too. */
  ChunkManifest manifest(EmbeddingChoice choice) {
    return build
        .map(b -> ChunkManifest.open(indexDir.resolve(CHUNK_MANIFEST), b + "#" + choice.id()))
        .orElse(ChunkManifest.none());
  }

  /** The jar (its path, size and time) or classes folder (its newest file) the code runs from. */
  private static Optional<String> build() {
    try {
      Path code =
          Path.of(StartupCaches.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code)) {
        return Optional.of(
            code + "@" + Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis());
      }
      try (Stream<Path> files = Files.walk(code)) {
        long newest =
            files.filter(Files::isRegularFile).mapToLong(StartupCaches::modified).max().orElse(0);
        return Optional.of(code + "@" + newest);
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
