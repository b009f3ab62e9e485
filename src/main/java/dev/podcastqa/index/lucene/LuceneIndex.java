package dev.podcastqa.index.lucene;

import dev.podcastqa.index.StoreUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Lucene index folder opened for writing and searching. Opening checks that the index was built
 * by the same embedding model and schema and reads cleanly; if not, it starts afresh with a warning
 * instead of failing.
 */
final class LuceneIndex implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LuceneIndex.class);

  /**
   * Lucene warns, through java.util.logging, that Java 17 is too old for its own use of the Vector
   * API; vectors here are scored with it by {@link DotProductScorer}, so the warning misleads. The
   * field keeps the logger (and its level) alive, as java.util.logging holds loggers weakly.
   */
  private static final java.util.logging.Logger LUCENE_VECTORIZATION =
      quiet("org.apache.lucene.internal.vectorization.VectorizationProvider");

  /** Schema 5 stores each vector once, as bytes; indexes of schema 4 and before are rebuilt. */
  static final String SCHEMA = "5";

  /** Commit data naming each commit, so callers can tell whether the index changed since. */
  private static final String COMMIT = "commit";

  /**
   * Documents buffered before Lucene writes a segment: enough for the indexer's commits (every
   * {@code Indexer.COMMIT_EVERY_CHUNKS}) to decide where segments end, so a bulk build makes a few
   * large segments and merges (which rebuild HNSW graphs) are rare.
   */
  static final double RAM_BUFFER_MB = 128;

  /** How often a read-only index looks for the writing process's newer commits. */
  private static final long FOLLOW_EVERY_NANOS = 1_000_000_000L;

  private final Path folder;
  private final Map<String, String> identity;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private volatile String version;

  /** When a read-only index last looked for a newer commit. */
  private volatile long lastFollowed = System.nanoTime();

  /**
   * Opens or creates the index in {@code folder}. When another process (a running {@code serve})
   * holds the index's write lock, opens it read-only instead, as that process last committed it.
   *
   * @param identity what the index must have been built with (model, dimension); a mismatch
   *     rebuilds it
   * @throws StoreUnavailableException when the index is locked by another process and cannot be
   *     read as it is (not built yet, or built for another model)
   */
  LuceneIndex(Path folder, Map<String, String> identity) {
    this.folder = folder;
    this.identity = Map.copyOf(identity);
    try {
      Files.createDirectories(folder);
      this.directory = FSDirectory.open(folder);
      IndexOpening.Writing writing =
          new IndexOpening(folder, directory, expected(), analyzer).writer();
      this.writer = writing == null ? null : writing.writer();
      if (writing == null) {
        this.searchers = new SearcherManager(directory, null);
        this.version = lastCommit(directory);
        LOG.info(
            "The index folder {} is being written by another process{}; opened it read-only:"
                + " answers come from what that process last committed, and new episodes are"
                + " searchable here once it has indexed them (to write here instead, stop it and"
                + " start this command again)",
            folder,
            LockHolder.named(folder, ""));
      } else {
        // Searches start from the reader opening checked: each segment is opened once.
        this.searchers = new SearcherManager(writing.reader(), null);
        // A writer that starts afresh must not claim the commit of the index it replaces.
        this.version =
            writer.getConfig().getOpenMode() == IndexWriterConfig.OpenMode.APPEND
                ? lastCommit(directory)
                : null;
      }
      LOG.debug("Vectors scored by {}", DotProductScorer.best());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot open the index in " + folder + ": " + IndexOpening.why(e), e);
    }
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.SEVERE);
    return logger;
  }

  private static String lastCommit(Directory dir) throws IOException {
    return DirectoryReader.indexExists(dir)
        ? SegmentInfos.readLatestCommit(dir).getUserData().get(COMMIT)
        : null;
  }

  Analyzer analyzer() {
    return analyzer;
  }

  /** The writer; fails when the index is open read-only. */
  IndexWriter writer() {
    if (writer == null) {
      throw new IllegalStateException(
          "The index in " + folder + " is open read-only: another process writes it");
    }
    return writer;
  }

  /** Whether another process holds the write lock, so this one only searches. */
  boolean readOnly() {
    return writer == null;
  }

  Path folder() {
    return folder;
  }

  /** Runs {@code search} on a current searcher and releases it afterwards. */
  <T> T withSearcher(SearchFunction<T> search) {
    try {
      if (writer == null) {
        followWriter();
      }
      IndexSearcher searcher = searchers.acquire();
      try {
        return search.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed in " + folder, e);
    }
  }

  /**
   * Commits every write atomically (Lucene writes the new commit point, then renames it), under a
   * new random name that {@link #version()} then returns.
   */
  void commit() {
    IndexWriter writing = writer();
    try {
      String name = UUID.randomUUID().toString();
      Map<String, String> data = expected();
      data.put(COMMIT, name);
      writing.setLiveCommitData(data.entrySet());
      writing.commit();
      version = name;
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the index in " + folder, e);
    }
  }

  /**
   * The name of the last commit, or null when it has none (an index built before commits had).
   * Read-only, the other process's latest commit (looked for at most once a second), so marks kept
   * by version are read again once that process has written.
   */
  String version() {
    if (writer == null) {
      try {
        followWriter();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot refresh the index in " + folder, e);
      }
    }
    return version;
  }

  /** Makes uncommitted writes visible to searches. */
  void refresh() {
    try {
      if (writer != null) {
        searchers.maybeRefreshBlocking();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot refresh the index in " + folder, e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      if (writer != null) {
        writer.rollback();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index in " + folder, e);
    }
  }

  /**
   * Read-only, moves searches on to the other process's latest commit, checking at most once every
   * {@link #FOLLOW_EVERY_NANOS}; a check that finds no new commit costs a directory listing.
   */
  private void followWriter() throws IOException {
    long now = System.nanoTime();
    if (now - lastFollowed > FOLLOW_EVERY_NANOS) {
      lastFollowed = now;
      if (searchers.maybeRefresh()) {
        version = lastCommit(directory);
      }
    }
  }

  /** What commits record, and what the index must have been built with: identity and schema. */
  private Map<String, String> expected() {
    Map<String, String> all = new java.util.TreeMap<>(identity);
    all.put("schema", SCHEMA);
    return all;
  }

  /** A search that may fail with an I/O error. */
  @FunctionalInterface
  interface SearchFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }
}
