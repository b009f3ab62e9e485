package dev.podcastqa.index.lucene;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.SegmentInfos;

/**
 * Checks every file of an index commit against the CRC32 Lucene writes in its footer, with large
 * sequential file reads: as fast as reading the files through memory maps, without mapping them
 * into the process, so checking a 2 GB index does not count 2 GB in its RSS.
 */
final class FileChecksums {

  /** Bytes read at a time: few system calls, and a buffer small beside the heap. */
  private static final int READ_BYTES = 1 << 20;

  private FileChecksums() {}

  /**
   * @throws CorruptIndexException naming the first file whose bytes do not match its checksum
   */
  static void verify(Path folder, SegmentInfos commit) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocateDirect(READ_BYTES);
    for (String name : commit.files(true)) {
      verify(folder.resolve(name), buffer);
    }
  }

  private static void verify(Path file, ByteBuffer buffer) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
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
      long expected = footer.getLong();
      // The checksum covers everything before itself, the footer's magic and algorithm included.
      long covered = size - Long.BYTES;
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
