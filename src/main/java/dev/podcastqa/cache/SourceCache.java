package dev.podcastqa.cache;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Transcripts;
import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.ingest.Input;
import dev.podcastqa.ingest.SourceRead;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What reading each local file gave, kept between runs so a restart does not parse again the files
 * that did not change, and the corpus they made last time, so a restart where none changed skips
 * joining and merging too. A file counts as unchanged when its location, size, modification time
 * and file key are those recorded and the same build of the code read it. Feeds are never kept
 * (they link to files on the web).
 *
 * <p>A damaged, partial or foreign cache file is ignored with a warning (and written again): see
 * {@link SourceCacheFile} for how each part is checked.
 */
public final class SourceCache {

  private static final Logger LOG = LoggerFactory.getLogger(SourceCache.class);

  private final Path file;
  private final String build;

  /** The file: opened at once, or on a thread of its own ({@link #openAhead}). */
  private final CacheOpening opening;

  private final Map<Key, SourceRead> used = new ConcurrentHashMap<>();
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();
  private final AtomicBoolean damaged = new AtomicBoolean();

  /** Whether a read was kept, or a corpus remembered, since the file was last written. */
  private final AtomicBoolean unsaved = new AtomicBoolean();

  private volatile boolean saved;
  private final Map<Episode, String> digests = Collections.synchronizedMap(new IdentityHashMap<>());
  private volatile Snapshot snapshot;
  private volatile boolean snapshotHit;

  private SourceCache(Path file, String build, CacheOpening opening) {
    this.file = file;
    this.build = build;
    this.opening = opening;
  }

  private SourceCache(
      Path file, String build, Optional<SourceCacheFile> loaded, SourceCacheCodec codec) {
    this(file, build, CacheOpening.done(loaded, codec));
  }

  /**
   * The cache in {@code file} as {@link #open(Path, String)} gives it, opened on {@code thread}
   * while the caller goes on (listing the files, say), which then also decodes the episodes of its
   * corpus snapshot: a restart over unchanged files takes them decoded, one over changed files
   * drops them.
   */
  public static SourceCache openAhead(Path file, String build, Executor thread) {
    return new SourceCache(
        file, build, CacheOpening.ahead(() -> open(file, build).opening, thread));
  }

  /** A cache that keeps nothing: every file is parsed. */
  public static SourceCache none() {
    return new SourceCache(null, "", Optional.empty(), new SourceCacheCodec());
  }

  /**
   * The cache in {@code file}, or an empty one when the file is missing, damaged, or was written by
   * another build ({@code build} names the code that parses, e.g. its jar and time stamp).
   */
  public static SourceCache open(Path file, String build) {
    return open(file, build, MappedRegions.REGION);
  }

  /** The cache in {@code file} mapped in regions of {@code regionSize} bytes (for tests). */
  static SourceCache open(Path file, String build, int regionSize) {
    SourceCacheCodec codec = new SourceCacheCodec();
    if (!Files.isRegularFile(file)) {
      return new SourceCache(file, build, Optional.empty(), codec);
    }
    try {
      SourceCacheFile.Opened opened = SourceCacheFile.open(file, build, codec, regionSize);
      if (opened.damaged()) {
        LOG.warn("{}; sources will be parsed again", opened.problem());
      } else if (opened.file().isEmpty()) {
        LOG.info("{}; sources will be parsed again", opened.problem());
      }
      return new SourceCache(file, build, opened.file(), codec);
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "The source cache {} is damaged or partial ({}); sources will be parsed",
          file,
          e.toString());
      return new SourceCache(file, build, Optional.empty(), codec);
    }
  }

  private SourceCacheCodec codec() {
    return opening.codec();
  }

  /** Files read from the cache, and files parsed, since it was opened. */
  public int hits() {
    return hits.get();
  }

  public int misses() {
    return misses.get();
  }

  /**
   * The key of a local file as it is now, or as {@code listed} found it a moment ago (then it is
   * not stat-ed again); empty for URLs or when the file cannot be seen.
   */
  Optional<Key> keyOf(Input input, Optional<BasicFileAttributes> listed) {
    if (file == null || input.url()) {
      return Optional.empty();
    }
    try {
      Path path = Path.of(input.location());
      BasicFileAttributes a =
          listed.isPresent() ? listed.get() : Files.readAttributes(path, BasicFileAttributes.class);
      return Optional.of(
          new Key(
              input.location(),
              path.toAbsolutePath().normalize().toString(),
              a.size(),
              a.lastModifiedTime().to(TimeUnit.NANOSECONDS),
              String.valueOf(a.fileKey())));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The corpus made last time from exactly these files, none of them changed since: the one this
   * run made, else the cache file's, whose transcripts are read only when asked for; one found
   * damaged then is taken from {@code reparse} (its episode's sources parsed again) instead.
   */
  Optional<Corpus> corpus(List<Key> keys, Function<Episode, List<Segment>> reparse) {
    Snapshot made = snapshot;
    if (made != null && made.keys().equals(keys)) {
      snapshotHit = true;
      hits.addAndGet(keys.size());
      return Optional.of(made.corpus());
    }
    try {
      Optional<Corpus> corpus =
          opening
              .file()
              .flatMap(
                  f ->
                      f.snapshot(keys)
                          .map(
                              s ->
                                  SnapshotCorpus.of(
                                      file,
                                      f,
                                      s,
                                      opening.episodes(f, s),
                                      codec(),
                                      digests,
                                      reparse)));
      snapshotHit = corpus.isPresent();
      if (snapshotHit) {
        hits.addAndGet(keys.size());
      }
      return corpus;
    } catch (RuntimeException e) {
      warnDamaged(e);
      return Optional.empty();
    }
  }

  /**
   * A fingerprint of everything in {@code episode}, the same on every run for the same content: the
   * SHA-256 of its encoding here, known without encoding it again when it came from the cache.
   */
  public String fingerprint(Episode episode, Transcripts transcripts) {
    String known = digests.get(episode);
    return known != null ? known : codec().digest(episode, transcripts.of(episode.id()));
  }

  /**
   * The read of a file that did not change: the one this run made or took from the cache already,
   * else the cache file's.
   */
  Optional<SourceRead> find(Key key) {
    SourceRead known = used.get(key);
    if (known != null) {
      hits.incrementAndGet();
      return Optional.of(known);
    }
    try {
      Optional<SourceRead> read =
          opening.file().flatMap(f -> f.entry(key)).map(b -> codec().decode(b, SourceRead.class));
      if (read.isPresent()) {
        hits.incrementAndGet();
        used.put(key, read.get());
        return read;
      }
    } catch (RuntimeException e) {
      warnDamaged(e);
    }
    misses.incrementAndGet();
    return Optional.empty();
  }

  void put(Key key, SourceRead read) {
    used.put(key, read);
    unsaved.set(true);
  }

  /**
   * The corpus this run made from {@code keys}, saved with the files' reads when every one of them
   * was kept (a file that could not be read, or a feed, may read differently next time).
   */
  void remember(List<Key> keys, Corpus corpus) {
    if (file != null && used.keySet().containsAll(keys)) {
      snapshot = new Snapshot(List.copyOf(keys), corpus);
      unsaved.set(true);
    }
  }

  /**
   * Writes the files read in this run (only those) and the corpus remembered, unless the corpus
   * came from the cache, or nothing was kept since the last write (a live update that parsed no
   * file then writes nothing). A failure to write is logged: the cache only saves time.
   */
  public void save() {
    if (file == null || snapshotHit || (saved && !unsaved.get())) {
      return;
    }
    Snapshot s = snapshot;
    boolean unchanged =
        misses.get() == 0
            && s == null
            && opening.file().map(SourceCacheFile::entries).orElse(-1) == used.size();
    if (unchanged) {
      saved = true;
      return;
    }
    unsaved.set(false);
    try {
      List<String> written =
          SourceCacheWriter.write(
              file,
              build,
              codec(),
              used,
              s == null ? List.of() : s.keys(),
              s == null ? null : s.corpus());
      for (int i = 0; i < written.size(); i++) {
        digests.put(s.corpus().episodes().get(i), written.get(i));
      }
      saved = true;
    } catch (IOException | RuntimeException e) {
      unsaved.set(true);
      LOG.warn(
          "Cannot write the source cache {} ({}); sources will be parsed again",
          file,
          e.toString());
    }
  }

  private void warnDamaged(RuntimeException e) {
    if (damaged.compareAndSet(false, true)) {
      LOG.warn("The source cache {} is damaged ({}); parsing instead", file, e.getMessage());
    }
  }

  /** A corpus and the files it was read from, in order. */
  private record Snapshot(List<Key> keys, Corpus corpus) {}

  /** Which file, and the state it was in when it was read. */
  record Key(String location, String absolute, long size, long modifiedNanos, String fileKey) {}
}
