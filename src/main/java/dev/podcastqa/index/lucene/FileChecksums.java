package dev.podcastqa.index.lucene;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.SegmentInfos;

/**
 * Checks every file of an index commit against the CRC32 Lucene writes in its footer, with large
 * sequential file reads: as fast as reading the files through memory maps, without mapping them
 * into the process, so checking a 2 GB index does not count 2 GB in its RSS. A file an earlier
 * start checked and that is still in the same state ({@link CheckedFiles}) has only its footer
 * read, so a restart over an unchanged index of a million chunks does not read a gigabyte.
 */
final class FileChecksums {

  /** Bytes read at a time: few system calls, and a buffer small beside the heap. */
  private static final int READ_BYTES = 1 << 20;

  private FileChecksums() {}

  /**
   * Checks the files of {@code commit} not checked before in the state they are in, then records
   * the files checked (those modified a moment ago excepted) for the next start.
   *
   * @throws CorruptIndexException naming the first file whose bytes do not match its checksum
   */
  static void verify(Path folder, SegmentInfos commit) throws IOException {
    long startedAt = wallClockNanos();
    CheckedFiles known = CheckedFiles.in(folder);
    Map<String, CheckedFiles.State> checked = new HashMap<>();
    ByteBuffer buffer = null;
    for (String name : commit.files(true)) {
      Path file = folder.resolve(name);
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        CheckedFiles.State state =
            new CheckedFiles.State(
                attributes.size(),
                attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                String.valueOf(attributes.fileKey()),
                footerChecksum(channel, file));
        if (!known.unchanged(name, state)) {
          buffer = buffer == null ? ByteBuffer.allocateDirect(READ_BYTES) : buffer;
          verifyWhole(channel, file, state.checksum(), buffer);
        }
        checked.put(name, state);
      }
    }
    CheckedFiles.settled(checked, startedAt).saveIfChanged(folder, known);
  }

  /** Now, in nanoseconds since the epoch, as file modification times are given. */
  private static long wallClockNanos() {
    Instant now = Instant.now();
    return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
  }

  /** The checksum {@code file}'s footer holds, once the footer is found to be Lucene's. */
  private static long footerChecksum(FileChannel channel, Path file) throws IOException {
    long size = channel.size();
    if (size < CodecUtil.footerLength()) {
      throw new CorruptIndexException(
          "shorter than its footer: " + size + " bytes", file.toString());
    }
    ByteBuffer footer = ByteBuffer.allocate(CodecUtil.footerLength());
    readFully(channel, footer, size - CodecUtil.footerLength());
    footer.flip();
    if (footer.getInt() != CodecUtil.FOOTER_MAGIC || footer.getInt() != 0) {
      throw new CorruptIndexException("no Lucene footer at its end", file.toString());
    }
    return footer.getLong();
  }

  private static void verifyWhole(FileChannel channel, Path file, long expected, ByteBuffer buffer)
      throws IOException {
    // The checksum covers everything before itself, the footer's magic and algorithm included.
    long covered = channel.size() - Long.BYTES;
    CRC32 crc = new CRC32();
    long position = 0;
    while (position < covered) {
      buffer.clear();
      buffer.limit((int) Math.min(buffer.capacity(), covered - position));
      readFully(channel, buffer, position);
      position += buffer.position();
      buffer.flip();
      crc.update(buffer);
    }
    if (crc.getValue() != expected) {
      throw new CorruptIndexException(
          "checksum failed (expected "
              + Long.toHexString(expected)
              + ", found "
              + Long.toHexString(crc.getValue())
              + ")",
          file.toString());
    }
  }

  private static void readFully(FileChannel channel, ByteBuffer into, long position)
      throws IOException {
    long at = position;
    while (into.hasRemaining()) {
      int read = channel.read(into, at);
      if (read < 0) {
        throw new java.io.EOFException("unexpected end of " + channel);
      }
      at += read;
    }
  }
}
