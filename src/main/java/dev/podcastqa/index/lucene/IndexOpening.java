package dev.podcastqa.index.lucene;

import dev.podcastqa.index.StoreUnavailableException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@link LuceneIndex} opens its folder: a writer on the index when this process can take the
 * write lock (starting afresh when the index is missing, was built otherwise, or is damaged: every
 * file's checksum is verified), or none when another process holds the lock, once it is clear the
 * index can be searched as it is.
 */
final class IndexOpening {

  /** Logs as the index it opens, so one logger names everything about an index folder. */
  private static final Logger LOG = LoggerFactory.getLogger(LuceneIndex.class);

  private final Path folder;
  private final Directory directory;
  private final Map<String, String> expected;
  private final Analyzer analyzer;

  /**
   * @param expected what the index must have been built with, as its commits record it
   */
  IndexOpening(Path folder, Directory directory, Map<String, String> expected, Analyzer analyzer) {
    this.folder = folder;
    this.directory = directory;
    this.expected = Map.copyOf(expected);
    this.analyzer = analyzer;
  }

  /**
   * A writer on the index and a reader of it through that writer (the one searches start from),
   * rebuilding the index when it is corrupt or partial; null when another process holds the write
   * lock and the index can be searched as it is.
   *
   * @throws StoreUnavailableException when another process holds the lock and the index cannot be
   *     searched as it is (not built yet, or built for another model)
   */
  Writing writer() throws IOException {
    Writing writing = lockedElsewhere() ? null : writerUnlessLocked();
    if (writing == null) {
      requireReadableAsItIs();
    }
    return writing;
  }

  /**
   * A writer and the first reader through it: each segment is opened once, for the check and for
   * searching alike.
   */
  record Writing(IndexWriter writer, DirectoryReader reader) {}

  /** A writer, or null when another process took the write lock meanwhile. */
  private Writing writerUnlessLocked() throws IOException {
    try {
      try {
        return openChecked();
      } catch (CorruptIndexException
          | IndexFormatTooOldException
          | IndexFormatTooNewException
          | EOFException
          | NoSuchFileException e) {
        if (lockedElsewhere()) {
          return null;
        }
        LOG.warn(
            "The index in {} is corrupt or partial ({}); rebuilding it", folder, e.getMessage());
        wipe(folder);
        return withReader(new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE)));
      }
    } catch (LockObtainFailedException e) {
      return null;
    }
  }

  private static Writing withReader(IndexWriter writer) throws IOException {
    try {
      return new Writing(writer, DirectoryReader.open(writer));
    } catch (IOException | RuntimeException e) {
      writer.rollback();
      throw e;
    }
  }

  /** Whether another process holds the index's write lock (a writer here would fail to open). */
  private boolean lockedElsewhere() throws IOException {
    try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      return false;
    } catch (LockObtainFailedException e) {
      return true;
    }
  }

  /** Fails, naming the folder and why, unless the locked index can be searched as it is. */
  private void requireReadableAsItIs() throws IOException {
    String inUse =
        "The index in "
            + folder
            + " is in use by another process"
            + LockHolder.named(folder, " (a running serve?)")
            + ", which holds its write lock";
    if (!DirectoryReader.indexExists(directory)) {
      throw new StoreUnavailableException(
          inUse + ", and it has no finished build yet; try again once that process is up");
    }
    Map<String, String> stored = SegmentInfos.readLatestCommit(directory).getUserData();
    if (!matches(stored)) {
      throw new StoreUnavailableException(
          inUse
              + ", and it was built with "
              + describe(stored)
              + ", not "
              + describe(expected)
              + "; stop that process or choose another --index");
    }
  }

  /**
   * A writer on the index as it is, or on a new one when it is missing or built otherwise; the
   * writer is closed again (its lock released) when the index turns out damaged.
   */
  private Writing openChecked() throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return withReader(new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE)));
    }
    Map<String, String> stored = SegmentInfos.readLatestCommit(directory).getUserData();
    if (!matches(stored)) {
      LOG.warn(
          "The index in {} was built with {}; rebuilding it for {}",
          folder,
          describe(stored),
          describe(expected));
      return withReader(new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE)));
    }
    // The files first: a damaged one is named before Lucene opens it.
    verifyChecksums();
    Writing writing =
        withReader(new IndexWriter(directory, config(IndexWriterConfig.OpenMode.APPEND)));
    try {
      // Opens every segment (the reader above), so a damaged file shows up now, not mid-query.
      new IndexSearcher(writing.reader()).count(new MatchAllDocsQuery());
      return writing;
    } catch (IOException | RuntimeException e) {
      writing.reader().close();
      writing.writer().rollback();
      throw e;
    }
  }

  /**
   * Reads every file of the last commit against the checksum Lucene wrote at its end, so damage
   * that keeps a file's size (bytes overwritten in the middle of the vectors) is found at start-up
   * rather than answered from. It reads the whole index once (about a second per GB), with file
   * reads rather than memory maps, so the pages read do not count in this process's RSS.
   *
   * @throws CorruptIndexException naming the damaged file
   */
  private void verifyChecksums() throws IOException {
    FileChecksums.verify(folder, SegmentInfos.readLatestCommit(directory));
  }

  private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    return new IndexWriterConfig(analyzer)
        .setOpenMode(mode)
        .setCommitOnClose(false)
        .setCodec(new VectorCodec())
        .setRAMBufferSizeMB(LuceneIndex.RAM_BUFFER_MB)
        // Lucene's default has a reopen or commit wait up to 500 ms for merges of small segments:
        // a live update became searchable 0.5 s late every tenth add. They merge in the background.
        .setMaxFullFlushMergeWaitMillis(0)
        // A compound file copies a new segment's files into one: work for nothing at 16k chunks.
        .setUseCompoundFile(false);
  }

  private boolean matches(Map<String, String> stored) {
    return expected.entrySet().stream().allMatch(e -> e.getValue().equals(stored.get(e.getKey())));
  }

  private static String describe(Map<String, String> data) {
    return data.isEmpty() ? "an unknown configuration" : new java.util.TreeMap<>(data).toString();
  }

  /** Why opening failed, in words a person can act on (a read-only folder, a full disk). */
  static String why(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException denied) {
      return "permission denied on " + denied.getFile() + " (the folder must be writable)";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason() + (fs.getFile() == null ? "" : " (" + fs.getFile() + ")");
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
}
