package dev.podcastqa.index;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For each episode, the fingerprint of what the chunker read from it and the content hash of the
 * chunks it gave, as of the last sync, persisted beside the index. When an episode's fingerprint
 * and the hash its store holds both match, the episode is unchanged without being chunked again,
 * which is what makes a restart over a large corpus fast.
 *
 * <p>The file names the build of the code and the model it was written with: another build or model
 * means chunking may differ, so the manifest is ignored and every episode is chunked once (content
 * hashes still spare unchanged chunks from being embedded again). A damaged or partial file (CRC32
 * trailer) is ignored with a warning and written again.
 */
public final class ChunkManifest {

  private static final Logger LOG = LoggerFactory.getLogger(ChunkManifest.class);
  private static final int MAGIC = 0x5051434D;
  private static final int FORMAT = 2;

  private final Path file;
  private final String identity;

  /** As last loaded or saved: a long-running process (the feed follower) syncs again and again. */
  private volatile Contents contents;

  private ChunkManifest(Path file, String identity, Contents contents) {
    this.file = file;
    this.identity = identity;
    this.contents = contents;
  }

  /** What the file holds: the store's version when it was written, and each episode's entry. */
  private record Contents(String storeVersion, Map<String, Entry> entries) {
    static final Contents EMPTY = new Contents("", Map.of());

    Contents {
      entries = Map.copyOf(entries);
    }
  }

  /** A manifest that knows nothing and keeps nothing: every episode is chunked. */
  public static ChunkManifest none() {
    return new ChunkManifest(null, "", Contents.EMPTY);
  }

  /**
   * The manifest in {@code file}, or an empty one when it is missing, damaged or was written for
   * another {@code identity} (the build of the code and the embedding model).
   */
  public static ChunkManifest open(Path file, String identity) {
    return new ChunkManifest(file, identity, load(file, identity));
  }

  /** The content hash recorded for the episode when its fingerprint is {@code fingerprint}. */
  String hashFor(String episodeId, String fingerprint) {
    Entry entry = contents.entries().get(episodeId);
    return entry != null && entry.fingerprint().equals(fingerprint) ? entry.hash() : null;
  }

  /**
   * The content hash of every episode in the store, as recorded, when the store is still at the
   * version it was at then ({@code storeVersion}, null when the store cannot tell).
   */
  Optional<Map<String, String>> storedHashes(String storeVersion) {
    if (storeVersion == null || !storeVersion.equals(contents.storeVersion())) {
      return Optional.empty();
    }
    Map<String, String> hashes = new HashMap<>();
    contents.entries().forEach((id, entry) -> hashes.put(id, entry.hash()));
    return Optional.of(hashes);
  }

  /**
   * Replaces the file with {@code current}, the store being at {@code storeVersion}; a failure is
   * logged, as the manifest only saves time.
   */
  void save(Map<String, Entry> current, String storeVersion) {
    Contents next = new Contents(storeVersion == null ? "" : storeVersion, current);
    if (file == null || next.equals(contents)) {
      return;
    }
    Path temp = null;
    try {
      Files.createDirectories(file.getParent());
      // A name of its own: two processes on one index folder may both save at once.
      temp = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
      try (OutputStream stream = Files.newOutputStream(temp)) {
        write(stream, next);
      }
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      contents = next;
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp);
      LOG.warn(
          "Cannot write the chunk manifest {} ({}); the next start chunks again",
          file,
          e.toString());
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        LOG.debug("Cannot delete {}", temp, e);
      }
    }
  }

  private void write(OutputStream stream, Contents next) throws IOException {
    CRC32 crc = new CRC32();
    DataOutputStream out =
        new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(stream), crc));
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    text(out, identity);
    text(out, next.storeVersion());
    out.writeInt(next.entries().size());
    for (Map.Entry<String, Entry> e : next.entries().entrySet()) {
      text(out, e.getKey());
      text(out, e.getValue().fingerprint());
      text(out, e.getValue().hash());
    }
    out.flush();
    long sum = crc.getValue();
    out.writeLong(sum);
    out.flush();
  }

  private static Contents load(Path file, String identity) {
    if (!Files.isRegularFile(file)) {
      return Contents.EMPTY;
    }
    try {
      byte[] all = Files.readAllBytes(file);
      CRC32 crc = new CRC32();
      crc.update(all, 0, Math.max(0, all.length - Long.BYTES));
      if (all.length < Long.BYTES
          || ByteBuffer.wrap(all, all.length - Long.BYTES, Long.BYTES).getLong()
              != crc.getValue()) {
        LOG.warn("The chunk manifest {} is damaged or partial; episodes will be chunked", file);
        return Contents.EMPTY;
      }
      ByteBuffer in = ByteBuffer.wrap(all, 0, all.length - Long.BYTES);
      if (in.getInt() != MAGIC || in.getInt() != FORMAT || !identity.equals(text(in))) {
        LOG.info("{} was written by another build or model; episodes will be chunked", file);
        return Contents.EMPTY;
      }
      String storeVersion = text(in);
      int count = in.getInt();
      Map<String, Entry> entries = new HashMap<>();
      for (int i = 0; i < count; i++) {
        entries.put(text(in), new Entry(text(in), text(in)));
      }
      return new Contents(storeVersion, entries);
    } catch (IOException | RuntimeException e) {
      LOG.warn(
          "Cannot read the chunk manifest {} ({}); episodes will be chunked", file, e.toString());
      return Contents.EMPTY;
    }
  }

  private static void text(DataOutputStream out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String text(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IllegalStateException("a string of " + length + " bytes in a damaged manifest");
    }
    String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return value;
  }

  /** An episode's fingerprint and the content hash of its chunks. */
  record Entry(String fingerprint, String hash) {}
}
