package dev.podcastqa.cache;

import dev.podcastqa.ingest.source.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The layout of the source cache file: a header, the encoded values one after another, then a table
 * naming each value's place, length and CRC32, then a trailer with the table's place and checksum.
 * The snapshot's episodes lie together after its transcripts, so a restart that reads only the
 * episodes touches only their part of the file. The file is memory-mapped in regions of at most 1
 * GiB ({@link MappedRegions}), so it may be of any size; offsets are longs. Only the table is
 * checked when it is opened; a value is checked when it is used, so a restart reads only what it
 * needs: a transcript's bytes are not even read until it is asked for, nor the list of the sources'
 * reads unless a file changed (the table names the files the snapshot came from by one digest,
 * {@link SnapshotKeys}). {@link SourceCacheWriter} writes it. The corpus snapshot is kept as one
 * value per episode and one per transcript, so episodes can be decoded in parallel and transcripts
 * only when used, with the SHA-256 of each episode's encoding, so a restart need not hash them
 * again.
 */
final class SourceCacheFile {

  static final int MAGIC = 0x50515343;
  static final int FORMAT = 8;
  static final int HEADER = 2 * Integer.BYTES;
  static final int TRAILER = Long.BYTES + 2 * Integer.BYTES + Integer.BYTES;

  private final MappedRegions mapped;
  private final SourceCacheCodec codec;
  private final Table table;

  /** The reads of sources by key, decoded when a source is first looked up. */
  private Map<SourceCache.Key, Blob> reads;

  private SourceCacheFile(MappedRegions mapped, SourceCacheCodec codec, Table table) {
    this.mapped = mapped;
    this.codec = codec;
    this.table = table;
  }

  /** Where an encoded value lies in the file, and its checksum. */
  record Blob(long offset, int length, int crc) {}

  /** One source's read: which file, in which state, and where its encoding lies. */
  record Entry(SourceCache.Key key, Blob blob) {}

  /** The list of the sources' reads, kept as one value of its own. */
  record Entries(List<Entry> entries) {}

  /**
   * What the table lists: the build that wrote the file, how many reads of sources it keeps and
   * where their list lies (decoded only when a source is looked up, not on a restart where no file
   * changed), and the corpus snapshot (the {@link SnapshotKeys} digest of the files it came from,
   * its problems, its episodes, their transcripts, and the episodes' digests), empty when none was
   * kept.
   */
  record Table(
      String build,
      int entryCount,
      Blob entries,
      String snapshotKeys,
      List<Problem> snapshotProblems,
      List<Blob> snapshotEpisodes,
      List<Blob> snapshotTranscripts,
      List<String> snapshotDigests) {}

  /**
   * A corpus snapshot as stored: its problems, and for each episode, in the same order, where its
   * encoding and its transcript's encoding lie (neither read nor checked yet: {@link #value} does
   * both) and the SHA-256 of the two.
   */
  record Snapshot(
      List<Problem> problems, List<Blob> episodes, List<Blob> transcripts, List<String> digests) {}

  /** What opening found: the file, or why it cannot be used and whether that is damage. */
  record Opened(Optional<SourceCacheFile> file, String problem, boolean damaged) {}

  static Opened open(Path path, String build, SourceCacheCodec codec) throws IOException {
    return open(path, build, codec, MappedRegions.REGION);
  }

  /** Opens the file mapped in regions of {@code regionSize} bytes (tests use a few hundred). */
  static Opened open(Path path, String build, SourceCacheCodec codec, int regionSize)
      throws IOException {
    MappedRegions mapped;
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      mapped = MappedRegions.map(channel, regionSize);
    }
    if (mapped.size() < HEADER || mapped.getInt(0) != MAGIC) {
      return damaged(path);
    }
    if (mapped.getInt(Integer.BYTES) != FORMAT) {
      return new Opened(Optional.empty(), path + " is a source cache of another format", false);
    }
    if (mapped.size() < HEADER + TRAILER || mapped.getInt(mapped.size() - Integer.BYTES) != MAGIC) {
      return damaged(path);
    }
    long end = mapped.size() - TRAILER;
    ByteBuffer trailer = mapped.slice(end, TRAILER);
    long tableOffset = trailer.getLong(0);
    int tableLength = trailer.getInt(Long.BYTES);
    int tableCrc = trailer.getInt(Long.BYTES + Integer.BYTES);
    if (tableOffset < HEADER || tableLength < 0 || tableOffset + tableLength != end) {
      return damaged(path);
    }
    ByteBuffer tableBytes = mapped.slice(tableOffset, tableLength);
    if (crc(tableBytes) != tableCrc) {
      return damaged(path);
    }
    Table table = codec.decode(tableBytes, Table.class);
    if (!build.equals(table.build())) {
      return new Opened(Optional.empty(), "The code changed since " + path + " was written", false);
    }
    return new Opened(Optional.of(new SourceCacheFile(mapped, codec, table)), null, false);
  }

  private static Opened damaged(Path path) {
    return new Opened(
        Optional.empty(), "The source cache " + path + " is damaged or partial", true);
  }

  int entries() {
    return table.entryCount();
  }

  /**
   * The encoded read for {@code key}; empty when absent, thrown when its checksum (or that of the
   * list of reads, checked when the first source is looked up) is wrong.
   */
  Optional<ByteBuffer> entry(SourceCache.Key key) {
    Blob blob = readsByKey().get(key);
    return blob == null ? Optional.empty() : Optional.of(value(blob));
  }

  /** The reads by key; a damaged list is reported once, then taken as empty. */
  private synchronized Map<SourceCache.Key, Blob> readsByKey() {
    if (reads == null) {
      reads = Map.of();
      Map<SourceCache.Key, Blob> byKey = new HashMap<>();
      codec
          .decode(value(table.entries()), Entries.class)
          .entries()
          .forEach(entry -> byKey.put(entry.key(), entry.blob()));
      reads = byKey;
    }
    return reads;
  }

  /**
   * The corpus snapshot when it was read from exactly {@code keys}, in that order; nothing of it is
   * read beyond the table until its values are asked for.
   */
  Optional<Snapshot> snapshot(List<SourceCache.Key> keys) {
    return SnapshotKeys.digest(keys).equals(table.snapshotKeys()) ? snapshot() : Optional.empty();
  }

  /** The corpus snapshot, whatever files it was read from; empty when none was kept. */
  Optional<Snapshot> snapshot() {
    if (table.snapshotEpisodes() == null
        || table.snapshotTranscripts() == null
        || table.snapshotDigests() == null
        || table.snapshotKeys() == null
        || table.snapshotTranscripts().size() != table.snapshotEpisodes().size()
        || table.snapshotDigests().size() != table.snapshotEpisodes().size()) {
      return Optional.empty();
    }
    return Optional.of(
        new Snapshot(
            table.snapshotProblems(),
            table.snapshotEpisodes(),
            table.snapshotTranscripts(),
            table.snapshotDigests()));
  }

  /**
   * The value at {@code blob}, checked against its CRC32.
   *
   * @throws IllegalStateException when it lies outside the file or its checksum is wrong
   */
  ByteBuffer value(Blob blob) {
    ByteBuffer slice = unchecked(blob);
    if (crc(slice) != blob.crc()) {
      throw new IllegalStateException("an entry of the source cache is damaged");
    }
    return slice;
  }

  /**
   * The bytes at {@code blob} as they are, not checked against its CRC32 (to compare a value of a
   * few bytes without reading the rest).
   */
  ByteBuffer unchecked(Blob blob) {
    if (blob.offset() < HEADER
        || blob.length() < 0
        || blob.offset() + blob.length() > mapped.size() - TRAILER) {
      throw new IllegalStateException("an entry outside the source cache");
    }
    return mapped.slice(blob.offset(), blob.length());
  }

  static int crc(ByteBuffer buffer) {
    CRC32 crc = new CRC32();
    crc.update(buffer.duplicate());
    return (int) crc.getValue();
  }
}
