package dev.podcastqa.ingest;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What reading each local file gave, kept between runs so a restart does not parse again the files
 * that did not change. A file counts as unchanged when its location, size, modification time and
 * file key are those recorded and the same build of the code read it. Feeds are never kept (they
 * link to files on the web). The file is checked whole when loaded (a CRC32 trailer): a damaged,
 * partial or foreign one is ignored with a warning and written again.
 */
public final class SourceCache {

  private static final Logger LOG = LoggerFactory.getLogger(SourceCache.class);
  private static final int MAGIC = 0x50515343;
  private static final int FORMAT = 1;

  private final Path file;
  private final String build;
  private final Map<Key, SourceRead> loaded;
  private final Map<Key, SourceRead> used = new ConcurrentHashMap<>();
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();

  private SourceCache(Path file, String build, Map<Key, SourceRead> loaded) {
    this.file = file;
    this.build = build;
    this.loaded = loaded;
  }

  /** A cache that keeps nothing: every file is parsed. */
  public static SourceCache none() {
    return new SourceCache(null, "", Map.of());
  }

  /**
   * The cache in {@code file}, or an empty one when the file is missing, damaged, or was written by
   * another build ({@code build} names the code that parses, e.g. its jar and time stamp).
   */
  public static SourceCache open(Path file, String build) {
    return new SourceCache(file, build, load(file, build));
  }

  /** Files read from the cache, and files parsed, since it was opened. */
  public int hits() {
    return hits.get();
  }

  public int misses() {
    return misses.get();
  }

  /** The key of a local file as it is now; empty for URLs or when the file cannot be seen. */
  Optional<Key> keyOf(Input input) {
    if (file == null || input.url()) {
      return Optional.empty();
    }
    try {
      Path path = Path.of(input.location());
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
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

  Optional<SourceRead> find(Key key) {
    SourceRead read = loaded.get(key);
    if (read == null) {
      misses.incrementAndGet();
      return Optional.empty();
    }
    hits.incrementAndGet();
    used.put(key, read);
    return Optional.of(read);
  }

  void put(Key key, SourceRead read) {
    used.put(key, read);
  }

  /**
   * Writes the files read in this run (only those), unless nothing changed since the cache was
   * loaded. A failure to write is logged: the cache only saves time.
   */
  public void save() {
    if (file == null || (misses.get() == 0 && used.size() == loaded.size())) {
      return;
    }
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.createDirectories(file.getParent());
      try (OutputStream stream = Files.newOutputStream(temp)) {
        write(stream);
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      LOG.warn("Cannot write the source cache {} ({}); sources will be parsed again", file, e);
    }
  }

  private void write(OutputStream stream) throws IOException {
    CRC32 crc = new CRC32();
    DataOutputStream out =
        new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(stream), crc));
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    writeText(out, build);
    out.writeInt(used.size());
    for (Map.Entry<Key, SourceRead> entry : used.entrySet()) {
      entry.getKey().write(out);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      SourceCacheCodec.write(new DataOutputStream(bytes), entry.getValue());
      out.writeInt(bytes.size());
      bytes.writeTo(out);
    }
    out.flush();
    long sum = crc.getValue();
    out.writeLong(sum);
    out.flush();
  }

  private static Map<Key, SourceRead> load(Path file, String build) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    try {
      byte[] all = Files.readAllBytes(file);
      if (all.length < Long.BYTES || !checksumMatches(all)) {
        LOG.warn("The source cache {} is damaged or partial; sources will be parsed again", file);
        return Map.of();
      }
      ByteBuffer in = ByteBuffer.wrap(all, 0, all.length - Long.BYTES);
      if (in.getInt() != MAGIC || in.getInt() != FORMAT) {
        LOG.warn("{} is not a source cache this version reads; sources will be parsed", file);
        return Map.of();
      }
      if (!build.equals(readText(in))) {
        LOG.info("The code changed since {} was written; sources will be parsed again", file);
        return Map.of();
      }
      return decode(in);
    } catch (IOException | RuntimeException e) {
      LOG.warn("Cannot read the source cache {} ({}); sources will be parsed again", file, e);
      return Map.of();
    }
  }

  /** Entries are sliced first, then decoded in parallel. */
  private static Map<Key, SourceRead> decode(ByteBuffer in) {
    int count = in.getInt();
    List<Key> keys = new ArrayList<>();
    List<ByteBuffer> slices = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      keys.add(Key.read(in));
      int length = in.getInt();
      slices.add(ByteBuffer.wrap(in.array(), in.position(), length).slice());
      in.position(in.position() + length);
    }
    if (in.hasRemaining()) {
      throw new IllegalStateException("bytes left after the last entry");
    }
    Map<Key, SourceRead> entries = new ConcurrentHashMap<>();
    java.util.stream.IntStream.range(0, count)
        .parallel()
        .forEach(i -> entries.put(keys.get(i), SourceCacheCodec.read(slices.get(i))));
    return entries;
  }

  private static boolean checksumMatches(byte[] all) {
    CRC32 crc = new CRC32();
    crc.update(all, 0, all.length - Long.BYTES);
    return ByteBuffer.wrap(all, all.length - Long.BYTES, Long.BYTES).getLong() == crc.getValue();
  }

  private static void writeText(DataOutputStream out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readText(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IllegalStateException("a string of " + length + " bytes in a damaged cache");
    }
    String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return value;
  }

  /** Which file, and the state it was in when it was read. */
  record Key(String location, String absolute, long size, long modifiedNanos, String fileKey) {

    void write(DataOutputStream out) throws IOException {
      writeText(out, location);
      writeText(out, absolute);
      out.writeLong(size);
      out.writeLong(modifiedNanos);
      writeText(out, fileKey);
    }

    static Key read(ByteBuffer in) {
      return new Key(readText(in), readText(in), in.getLong(), in.getLong(), readText(in));
    }
  }
}
