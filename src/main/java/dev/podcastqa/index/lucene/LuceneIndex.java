package dev.podcastqa.index.lucene;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
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

  static final String SCHEMA = "4";

  /** Commit data naming each commit, so callers can tell whether the index changed since. */
  private static final String COMMIT = "commit";

  /**
   * Documents buffered before Lucene writes a segment: enough for the indexer's commits (every
   * {@code Indexer.COMMIT_EVERY_CHUNKS}) to decide where segments end, so a bulk build makes a few
   * large segments and merges (which rebuild HNSW graphs) are rare.
   */
  static final double RAM_BUFFER_MB = 128;

  private final Path folder;
  private final Map<String, String> identity;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private volatile String version;

  /**
   * Opens or creates the index in {@code folder}.
   *
   * @param identity what the index must have been built with (model, dimension); a mismatch
   *     rebuilds it
   */
  LuceneIndex(Path folder, Map<String, String> identity) {
    this.folder = folder;
    this.identity = Map.copyOf(identity);
    try {
      Files.createDirectories(folder);
      Directory opened = FSDirectory.open(folder);
      IndexWriter openedWriter;
      try {
        openedWriter = openWriter(opened);
      } catch (CorruptIndexException
          | IndexFormatTooOldException
          | IndexFormatTooNewException
          | EOFException
          | NoSuchFileException e) {
        LOG.warn(
            "The index in {} is corrupt or partial ({}); rebuilding it", folder, e.getMessage());
        opened.close();
        wipe(folder);
        opened = FSDirectory.open(folder);
        openedWriter = new IndexWriter(opened, config(IndexWriterConfig.OpenMode.CREATE));
      }
      this.directory = opened;
      this.writer = openedWriter;
      this.searchers = new SearcherManager(writer, null);
      LOG.debug("Vectors scored by {}", DotProductScorer.best());
      // A writer that starts afresh must not claim the commit of the index it replaces.
      this.version =
          writer.getConfig().getOpenMode() == IndexWriterConfig.OpenMode.APPEND
              ? lastCommit(directory)
              : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index in " + folder, e);
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

  private IndexWriter openWriter(Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE));
    }
    Map<String, String> stored = SegmentInfos.readLatestCommit(dir).getUserData();
    if (!matches(stored)) {
      LOG.warn(
          "The index in {} was built with {}; rebuilding it for {}",
          folder,
          describe(stored),
          describe(expected()));
      return new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE));
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      // Reads every segment's postings once, so a damaged file shows up now, not mid-query.
      new IndexSearcher(reader).count(new MatchAllDocsQuery());
    }
    return new IndexWriter(dir, config(IndexWriterConfig.OpenMode.APPEND));
  }

  private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    return new IndexWriterConfig(analyzer)
        .setOpenMode(mode)
        .setCommitOnClose(false)
        .setCodec(new VectorCodec())
        .setRAMBufferSizeMB(RAM_BUFFER_MB)
        // A compound file copies a new segment's files into one: work for nothing at 16k chunks.
        .setUseCompoundFile(false);
  }

  private boolean matches(Map<String, String> stored) {
    return expected().entrySet().stream()
        .allMatch(e -> e.getValue().equals(stored.get(e.getKey())));
  }

  private Map<String, String> expected() {
    java.util.Map<String, String> all = new java.util.TreeMap<>(identity);
    all.put("schema", SCHEMA);
    return all;
  }

  private static String describe(Map<String, String> data) {
    return data.isEmpty() ? "an unknown configuration" : new java.util.TreeMap<>(data).toString();
  }

  private static void wipe(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.equals(folder)) {
          Files.delete(path);
        }
      }
    }
  }

  Analyzer analyzer() {
    return analyzer;
  }

  IndexWriter writer() {
    return writer;
  }

  Path folder() {
    return folder;
  }

  /** Runs {@code search} on a current searcher and releases it afterwards. */
  <T> T withSearcher(SearchFunction<T> search) {
    try {
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
    try {
      String name = UUID.randomUUID().toString();
      Map<String, String> data = expected();
      data.put(COMMIT, name);
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
      version = name;
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the index in " + folder, e);
    }
  }

  /** The name of the last commit, or null when it has none (an index built before commits had). */
  String version() {
    return version;
  }

  /** Makes uncommitted writes visible to searches. */
  void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot refresh the index in " + folder, e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.rollback();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the index in " + folder, e);
    }
  }

  /** A search that may fail with an I/O error. */
  @FunctionalInterface
  interface SearchFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }
}
