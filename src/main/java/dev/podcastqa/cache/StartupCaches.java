package dev.podcastqa.cache;

import dev.podcastqa.index.EmbeddingChoice;
import dev.podcastqa.index.Fingerprints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up caching of one index folder, tied to the build of the code that runs: the parsed
 * sources beside the index, and the fingerprints the indexer records in the index with each
 * episode's chunks. Nothing is cached when the build cannot be named.
 */
public final class StartupCaches {

  private static final Logger LOG = LoggerFactory.getLogger(StartupCaches.class);

  /** Parsed sources, kept beside the index so a restart does not parse unchanged files. */
  static final String SOURCE_CACHE = "sources.cache";

  /**
   * The chunk manifest of earlier versions, which kept chunk fingerprints in a file of their own;
   * the index keeps them now, and the file is deleted when found.
   */
  static final String OLD_CHUNK_MANIFEST = "chunks.manifest";

  private final Path indexDir;
  private final Optional<String> build;

  StartupCaches(Path indexDir, Optional<String> build) {
    this.indexDir = indexDir;
    this.build = build;
  }

  /** The caches in {@code indexDir}, for the build running now. */
  public static StartupCaches beside(Path indexDir) {
    StartupCaches caches = new StartupCaches(indexDir, build());
    caches.retireOldManifest();
    return caches;
  }

  /** The parsed-source cache, or one that keeps nothing when the build cannot be named. */
  public SourceCache sources() {
    // orElseGet: an unused empty cache would still build a Smile mapper on every start.
    return build
        .map(b -> SourceCache.open(indexDir.resolve(SOURCE_CACHE), b))
        .orElseGet(SourceCache::none);
  }

  /**
   * The parsed-source cache as {@link #sources()} gives it, opened on {@code thread} (which then
   * decodes the episodes of its corpus snapshot) while the caller lists the files.
   */
  public SourceCache sourcesAhead(Executor thread) {
    return build
        .map(b -> SourceCache.openAhead(indexDir.resolve(SOURCE_CACHE), b, thread))
        .orElseGet(SourceCache::none);
  }

  /**
   * Names each episode's chunker input for the index: {@code sources}' fingerprint of the episode,
   * qualified by this build and by {@code choice} (chunks depend on the model's tokenizer), so a
   * new build or model chunks every episode once again. None when the build cannot be named.
   */
  public Fingerprints chunkFingerprints(EmbeddingChoice choice, SourceCache sources) {
    if (build.isEmpty()) {
      return Fingerprints.NONE;
    }
    String chunking = digest(build.get() + "#" + choice.id()).substring(0, 16);
    return (episode, transcripts) -> chunking + "/" + sources.fingerprint(episode, transcripts);
  }

  /**
   * Deletes the chunk manifest an earlier version left beside the index. Its fingerprints are not
   * carried over: the index has none for those episodes yet, so the next sync chunks each of them
   * once (content hashes spare the unchanged ones from being embedded again) and records them.
   */
  private void retireOldManifest() {
    Path old = indexDir.resolve(OLD_CHUNK_MANIFEST);
    try {
      if (Files.deleteIfExists(old)) {
        LOG.info(
            "Deleted {}, the chunk manifest of an earlier version: the index now records each"
                + " episode's chunker fingerprint itself, so this start chunks every episode once"
                + " (unchanged ones are not embedded again)",
            old);
      }
    } catch (IOException e) {
      LOG.warn("Cannot delete {}, the unused chunk manifest of an earlier version ({})", old, e);
    }
  }

  private static String digest(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
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
