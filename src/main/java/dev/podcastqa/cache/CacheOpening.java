package dev.podcastqa.cache;

import dev.podcastqa.episode.Episode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The source cache file as {@link SourceCache} opened it: at once, or on a thread of its own that
 * then also decodes the episodes of its corpus snapshot, while the caller lists the files the
 * snapshot must match. Whatever needs the file waits for it.
 */
final class CacheOpening {

  private final CompletableFuture<Loaded> loading;

  /** The snapshot's episodes when decoded ahead; empty when they were not. */
  private final CompletableFuture<Optional<List<Episode>>> ahead;

  /** The file (empty when there is none or it cannot be used) and the codec of its values. */
  private record Loaded(Optional<SourceCacheFile> file, SourceCacheCodec codec) {}

  private CacheOpening(
      CompletableFuture<Loaded> loading, CompletableFuture<Optional<List<Episode>>> ahead) {
    this.loading = loading;
    this.ahead = ahead;
  }

  /** A file opened already; its snapshot's episodes are decoded when asked for. */
  static CacheOpening done(Optional<SourceCacheFile> file, SourceCacheCodec codec) {
    return new CacheOpening(
        CompletableFuture.completedFuture(new Loaded(file, codec)),
        CompletableFuture.completedFuture(Optional.empty()));
  }

  /**
   * The opening {@code open} makes (at once), made on {@code thread}, which then decodes the
   * snapshot's episodes.
   */
  static CacheOpening ahead(Supplier<CacheOpening> open, Executor thread) {
    CompletableFuture<Loaded> loading =
        CompletableFuture.supplyAsync(() -> open.get().loading.join(), thread);
    return new CacheOpening(
        loading,
        loading.thenApply(
            loaded ->
                loaded.file().flatMap(f -> f.snapshot().map(s -> SnapshotCorpus.episodes(f, s)))));
  }

  /** The file, once opened; empty when there is none or it cannot be used. */
  Optional<SourceCacheFile> file() {
    return loading.join().file();
  }

  /** The codec of the file's values (made with the file, so on its thread when ahead). */
  SourceCacheCodec codec() {
    return loading.join().codec();
  }

  /**
   * The episodes of {@code snapshot}, a snapshot of {@code from} (this file's only one): decoded
   * ahead, else now.
   *
   * @throws IllegalStateException when one of them is damaged (found ahead or now)
   */
  List<Episode> episodes(SourceCacheFile from, SourceCacheFile.Snapshot snapshot) {
    try {
      return ahead.join().orElseGet(() -> SnapshotCorpus.episodes(from, snapshot));
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }
}
