package dev.podcastqa.ingest;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The layout of the source cache file: the encoded entries one after another, then a table naming
 * each entry's key, offset, length and CRC32 (and those of the corpus snapshot), then a trailer
 * with the table's place and checksum. The file is memory-mapped and only the table is checked when
 * it is opened; an entry is checked when it is used, so a restart reads only what it needs.
 */
final class SourceCacheFile {

  private static final int MAGIC = 0x50515343;
  private static final int FORMAT = 2;
  private static final int TRAILER = Long.BYTES + 2 * Integer.BYTES + Integer.BYTES;

  private final ByteBuffer mapped;
  private final Map<SourceCache.Key, Blob> entries;
  private final List<SourceCache.Key> snapshotKeys;
  private final Blob snapshot;

  private SourceCacheFile(
      ByteBuffer mapped,
      Map<SourceCache.Key, Blob> entries,
      List<SourceCache.Key> snapshotKeys,
      Blob snapshot) {
    this.mapped = mapped;
    this.entries = entries;
    this.snapshotKeys = snapshotKeys;
    this.snapshot = snapshot;
  }

  /** Where an encoded value lies in the file, and its checksum. */
  private record Blob(long offset, int length, int crc) {}

  /** What opening found: the file, or why it cannot be used and whether that is damage. */
  record Opened(Optional<SourceCacheFile> file, String problem, boolean damaged) {}

  static Opened open(Path path, String build) throws IOException {
    ByteBuffer mapped;
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      if (channel.size() > Integer.MAX_VALUE) {
        return new Opened(Optional.empty(), path + " is too large to be a source cache", true);
      }
      mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
    }
    if (mapped.capacity() < 2 * Integer.BYTES || mapped.getInt(0) != MAGIC) {
      return damaged(path);
    }
    if (mapped.getInt(Integer.BYTES) != FORMAT) {
      return new Opened(Optional.empty(), path + " is a source cache of another format", false);
    }
    if (mapped.capacity() < TRAILER + 2 * Integer.BYTES
        || mapped.getInt(mapped.capacity() - Integer.BYTES) != MAGIC) {
      return damaged(path);
    }
    int end = mapped.capacity() - TRAILER;
    long tableOffset = mapped.getLong(end);
    int tableLength = mapped.getInt(end + Long.BYTES);
    int tableCrc = mapped.getInt(end + Long.BYTES + Integer.BYTES);
    if (tableOffset < 0 || tableLength < 0 || tableOffset + tableLength != end) {
      return damaged(path);
    }
    ByteBuffer table = mapped.slice((int) tableOffset, tableLength);
    if (crc(table) != tableCrc) {
      return damaged(path);
    }
    CacheIn in = new CacheIn(table);
    if (!build.equals(in.text())) {
      return new Opened(Optional.empty(), "The code changed since " + path + " was written", false);
    }
    return new Opened(Optional.of(read(mapped, in, tableOffset)), null, false);
  }

  /** The entries and snapshot the table (after the build) lists. */
  private static SourceCacheFile read(ByteBuffer mapped, CacheIn table, long limit) {
    Map<SourceCache.Key, Blob> entries = new HashMap<>();
    int count = table.in.getInt();
    for (int i = 0; i < count; i++) {
      entries.put(SourceCache.Key.read(table), blob(table.in, limit));
    }
    List<SourceCache.Key> snapshotKeys = table.list(() -> SourceCache.Key.read(table));
    Blob snapshot = table.in.get() != 0 ? blob(table.in, limit) : null;
    return new SourceCacheFile(mapped, entries, snapshotKeys, snapshot);
  }

  private static Blob blob(ByteBuffer table, long limit) {
    Blob blob = new Blob(table.getLong(), table.getInt(), table.getInt());
    if (blob.offset() < 2L * Integer.BYTES
        || blob.length() < 0
        || blob.offset() + blob.length() > limit) {
      throw new IllegalStateException("an entry outside the file");
    }
    return blob;
  }

  private static Opened damaged(Path path) {
    return new Opened(
        Optional.empty(), "The source cache " + path + " is damaged or partial", true);
  }

  int entries() {
    return entries.size();
  }

  /** The encoded entry for {@code key}; empty when absent, thrown when its checksum is wrong. */
  Optional<ByteBuffer> entry(SourceCache.Key key) {
    Blob blob = entries.get(key);
    return blob == null ? Optional.empty() : Optional.of(checked(blob));
  }

  /** The encoded corpus snapshot when it was read from exactly {@code keys}, in that order. */
  Optional<ByteBuffer> snapshot(List<SourceCache.Key> keys) {
    return snapshot != null && snapshotKeys.equals(keys)
        ? Optional.of(checked(snapshot))
        : Optional.empty();
  }

  private ByteBuffer checked(Blob blob) {
    ByteBuffer slice = mapped.slice((int) blob.offset(), blob.length());
    if (crc(slice) != blob.crc()) {
      throw new IllegalStateException("an entry of the source cache is damaged");
    }
    return slice;
  }

  private static int crc(ByteBuffer buffer) {
    CRC32 crc = new CRC32();
    crc.update(buffer.duplicate());
    return (int) crc.getValue();
  }

  /** Writes a new cache file next to {@code path} and moves it into place. */
  static void write(
      Path path,
      String build,
      Map<SourceCache.Key, SourceRead> reads,
      List<SourceCache.Key> snapshotKeys,
      Corpus snapshot)
      throws IOException {
    Files.createDirectories(path.toAbsolutePath().getParent());
    Path temp = path.resolveSibling(path.getFileName() + ".tmp");
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
      Blobs blobs = new Blobs(file);
      ByteArrayOutputStream tableBytes = new ByteArrayOutputStream();
      CacheOut table = new CacheOut(tableBytes);
      table.text(build);
      table.out.writeInt(reads.size());
      for (Map.Entry<SourceCache.Key, SourceRead> entry : reads.entrySet()) {
        entry.getKey().write(table);
        blobs.add(table, w -> SourceCacheCodec.write(w, entry.getValue()));
      }
      table.list(snapshotKeys, key -> key.write(table));
      table.out.writeBoolean(snapshot != null);
      if (snapshot != null) {
        blobs.add(table, w -> SourceCacheCodec.write(w, snapshot));
      }
      table.out.flush();
      byte[] t = tableBytes.toByteArray();
      file.write(t);
      ByteBuffer trailer = ByteBuffer.allocate(TRAILER);
      trailer.putLong(blobs.offset).putInt(t.length).putInt(crc(ByteBuffer.wrap(t)));
      trailer.putInt(MAGIC);
      file.write(trailer.array());
    }
    Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Writes encoded values after the header, noting each one's place in the table. */
  private static final class Blobs {
    private final OutputStream file;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
    private long offset;

    Blobs(OutputStream file) throws IOException {
      this.file = file;
      ByteBuffer header = ByteBuffer.allocate(2 * Integer.BYTES).putInt(MAGIC).putInt(FORMAT);
      file.write(header.array());
      offset = header.capacity();
    }

    void add(CacheOut table, CacheOut.Item<CacheOut> encode) throws IOException {
      buffer.reset();
      CacheOut value = new CacheOut(buffer);
      encode.write(value);
      value.out.flush();
      byte[] bytes = buffer.toByteArray();
      table.out.writeLong(offset);
      table.out.writeInt(bytes.length);
      table.out.writeInt(crc(ByteBuffer.wrap(bytes)));
      file.write(bytes);
      offset += bytes.length;
    }
  }
}
