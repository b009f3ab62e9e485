package dev.podcastqa.cache;

import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.ingest.SourceRead;
import dev.podcastqa.ingest.source.Problem;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes a source cache file in the layout {@link SourceCacheFile} reads. */
final class SourceCacheWriter {

  private SourceCacheWriter() {}

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
        List<SourceCacheFile.Entry> entries = new ArrayList<>(reads.size());
        for (Map.Entry<SourceCache.Key, SourceRead> read : reads.entrySet()) {
          entries.add(
              new SourceCacheFile.Entry(read.getKey(), blobs.add(codec.encode(read.getValue()))));
        }
        SourceCacheFile.Blob entriesBlob =
            blobs.add(codec.encode(new SourceCacheFile.Entries(entries)));
        List<SourceCacheFile.Blob> episodes = null;
        List<SourceCacheFile.Blob> transcripts = null;
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
                new SourceCacheFile.Table(
                    build,
                    entries.size(),
                    entriesBlob,
                    snapshot == null ? null : SnapshotKeys.digest(snapshotKeys),
                    problems,
                    episodes,
                    transcripts,
                    snapshot == null ? null : digests));
        file.write(table);
        ByteBuffer trailer = ByteBuffer.allocate(SourceCacheFile.TRAILER);
        trailer
            .putLong(blobs.offset)
            .putInt(table.length)
            .putInt(SourceCacheFile.crc(ByteBuffer.wrap(table)));
        trailer.putInt(SourceCacheFile.MAGIC);
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
      file.write(
          ByteBuffer.allocate(SourceCacheFile.HEADER)
              .putInt(SourceCacheFile.MAGIC)
              .putInt(SourceCacheFile.FORMAT)
              .array());
      offset = SourceCacheFile.HEADER;
    }

    SourceCacheFile.Blob add(byte[] bytes) throws IOException {
      SourceCacheFile.Blob blob =
          new SourceCacheFile.Blob(
              offset, bytes.length, SourceCacheFile.crc(ByteBuffer.wrap(bytes)));
      file.write(bytes);
      offset += bytes.length;
      return blob;
    }
  }
}
