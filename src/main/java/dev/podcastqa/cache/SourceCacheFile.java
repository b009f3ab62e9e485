package dev.podcastqa.cache;

import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.ingest.SourceRead;
import dev.podcastqa.ingest.source.Problem;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * The layout of the source cache file: a header, the encoded values one after another, then a table
 * naming each value's place, length and CRC32, then a trailer with the table's place and checksum.
 * The snapshot's episodes lie together after its transcripts, so a restart that reads only the
 * episodes touches only their part of the file. The file is memory-mapped in regions of at most 1
 * GiB ({@link MappedRegions}), so it may be of any size; offsets are longs. Only the table is
 * checked when it is opened; a value is checked when it is used, so a restart reads only what it
 * needs: a transcript's bytes are not even read until it is asked for. The corpus snapshot is kept
 * as one value per episode and one per transcript, so episodes can be decoded in parallel and
 * transcripts only when used, with the SHA-256 of each episode's encoding, so a restart need not
 * hash them again.
 */
final class SourceCacheFile {

  private static final int MAGIC = 0x50515343;
  private static final int FORMAT = 7;
  private static final int HEADER = 2 * Integer.BYTES;
  private static final int TRAILER = Long.BYTES + 2 * Integer.BYTES + Integer.BYTES;

  private final MappedRegions mapped;
  private final Map<SourceCache.Key, Blob> entries;
  private final Table table;

  private SourceCacheFile(MappedRegions mapped, Table table) {
    this.mapped = mapped;
    this.table = table;
    this.entries = new HashMap<>();
    table.entries().forEach(entry -> entries.put(entry.key(), entry.blob()));
  }

  /** Where an encoded value lies in the file, and its checksum. */
  record Blob(long offset, int length, int crc) {}

  /** One source's read: which file, in which state, and where its encoding lies. */
  record Entry(SourceCache.Key key, Blob blob) {}

  /**
   * What the table lists: the build that wrote the file, the reads of sources, and the corpus
   * snapshot (the files it came from, its problems, its episodes, their transcripts, and the
   * episodes' digests), empty when none was kept.
   */
  record Table(
      String build,
      List<Entry> entries,
      List<SourceCache.Key> snapshotKeys,
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
    return new Opened(Optional.of(new SourceCacheFile(mapped, table)), null, false);
  }

  private static Opened damaged(Path path) {
    return new Opened(
        Optional.empty(), "The source cache " + path + " is damaged or partial", true);
  }

  int entries() {
    return entries.size();
  }

  /** The encoded read for {@code key}; empty when absent, thrown when its checksum is wrong. */
  Optional<ByteBuffer> entry(SourceCache.Key key) {
    Blob blob = entries.get(key);
    return blob == null ? Optional.empty() : Optional.of(value(blob));
  }

  /**
   * The corpus snapshot when it was read from exactly {@code keys}, in that order; nothing of it is
   * read beyond the table until its values are asked for.
   */
  Optional<Snapshot> snapshot(List<SourceCache.Key> keys) {
    if (table.snapshotEpisodes() == null
        || table.snapshotTranscripts() == null
        || table.snapshotDigests() == null
        || table.snapshotTranscripts().size() != table.snapshotEpisodes().size()
        || table.snapshotDigests().size() != table.snapshotEpisodes().size()
        || !table.snapshotKeys().equals(keys)) {
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

  private static int crc(ByteBuffer buffer) {
    CRC32 crc = new CRC32();
    crc.update(buffer.duplicate());
    return (int) crc.getValue();
  }

  /**
   * Writes a new cache file next to {@code path} and moves it into place, returning the digest of
   * each snapshot episode's encoding (none without a snapshot); {@code snapshot} may be null when
   * no corpus is kept.
   */
  static List<String> write(
      Path path,
      String build,
      SourceCacheCodec codec,
      Map<SourceCache.Key, SourceRead> reads,
      List<SourceCache.Key> snapshotKeys,
      Corpus snapshot)
      throws IOException {
    Path folder = path.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    // A name of its own: two processes on one index folder may both write the cache at once.
    Path temp = folder.resolve(path.getFileName() + "." + UUID.randomUUID() + ".tmp");
    List<String> digests = new ArrayList<>();
    try {
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        Blobs blobs = new Blobs(file);
        List<Entry> entries = new ArrayList<>(reads.size());
        for (Map.Entry<SourceCache.Key, SourceRead> read : reads.entrySet()) {
          entries.add(new Entry(read.getKey(), blobs.add(codec.encode(read.getValue()))));
        }
        List<Blob> episodes = null;
        List<Blob> transcripts = null;
        if (snapshot != null) {
          episodes = new ArrayList<>(snapshot.episodes().size());
          transcripts = new ArrayList<>(snapshot.episodes().size());
          // Transcripts first, then every episode in one run: a restart reads only the episodes,
          // and the kernel maps tens of kilobytes around each page it faults in, so episodes
          // between transcripts would bring most of the file into memory with them.
          List<byte[]> encodedEpisodes = new ArrayList<>(snapshot.episodes().size());
          for (var episode : snapshot.episodes()) {
            SourceCacheCodec.EncodedEpisode encoded =
                codec.encodeEpisode(episode, snapshot.transcripts().of(episode.id()));
            encodedEpisodes.add(encoded.episode());
            transcripts.add(blobs.add(encoded.transcript()));
            digests.add(encoded.digest());
          }
          for (byte[] episode : encodedEpisodes) {
            episodes.add(blobs.add(episode));
          }
        }
        List<Problem> problems = snapshot == null ? List.of() : snapshot.problems();
        byte[] table =
            codec.encode(
                new Table(
                    build,
                    entries,
                    snapshotKeys,
                    problems,
                    episodes,
                    transcripts,
                    snapshot == null ? null : digests));
        file.write(table);
        ByteBuffer trailer = ByteBuffer.allocate(TRAILER);
        trailer.putLong(blobs.offset).putInt(table.length).putInt(crc(ByteBuffer.wrap(table)));
        trailer.putInt(MAGIC);
        file.write(trailer.array());
      }
      Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return digests;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Writes encoded values after the header, noting where each one lies. */
  private static final class Blobs {
    private final OutputStream file;
    private long offset;

    Blobs(OutputStream file) throws IOException {
      this.file = file;
      file.write(ByteBuffer.allocate(HEADER).putInt(MAGIC).putInt(FORMAT).array());
      offset = HEADER;
    }

    Blob add(byte[] bytes) throws IOException {
      Blob blob = new Blob(offset, bytes.length, crc(ByteBuffer.wrap(bytes)));
      file.write(bytes);
      offset += bytes.length;
      return blob;
    }
  }
}
