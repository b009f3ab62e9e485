package dev.podcastqa.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A read-only file mapped in regions of at most a given size, since one mapping (a {@link
 * ByteBuffer}) holds less than 2 GiB: a range inside one region is a view of its mapping, a range
 * across a boundary is copied from the regions it spans into a heap buffer of its own. Offsets are
 * longs throughout, so a file may be of any size.
 */
final class MappedRegions {

  /** Regions of 1 GiB: a cache file of a few GiB is a handful of mappings. */
  static final int REGION = 1 << 30;

  private final ByteBuffer[] regions;
  private final long size;
  private final int regionSize;

  private MappedRegions(ByteBuffer[] regions, long size, int regionSize) {
    this.regions = regions;
    this.size = size;
    this.regionSize = regionSize;
  }

  /** Maps all of {@code channel} in regions of {@code regionSize} bytes (the last may be less). */
  static MappedRegions map(FileChannel channel, int regionSize) throws IOException {
    if (regionSize <= 0) {
      throw new IllegalArgumentException("a region of " + regionSize + " bytes");
    }
    long size = channel.size();
    ByteBuffer[] regions = new ByteBuffer[Math.toIntExact((size + regionSize - 1) / regionSize)];
    for (int i = 0; i < regions.length; i++) {
      long start = (long) i * regionSize;
      regions[i] =
          channel.map(FileChannel.MapMode.READ_ONLY, start, Math.min(regionSize, size - start));
    }
    return new MappedRegions(regions, size, regionSize);
  }

  long size() {
    return size;
  }

  /**
   * The {@code length} bytes at {@code offset}, big-endian, position 0: a view of the mapping, or a
   * copy when they cross a region boundary; thrown when they are not all inside the file.
   */
  ByteBuffer slice(long offset, int length) {
    if (offset < 0 || length < 0 || offset > size - length) {
      throw new IndexOutOfBoundsException(
          length + " bytes at " + offset + " in a file of " + size + " bytes");
    }
    if (length == 0) {
      return ByteBuffer.allocate(0);
    }
    Span span = Span.of(offset, length, regionSize);
    if (span.first() == span.last()) {
      return regions[span.first()].slice(span.position(), length);
    }
    ByteBuffer copy = ByteBuffer.allocate(length);
    int region = span.first();
    int position = span.position();
    while (copy.hasRemaining()) {
      ByteBuffer from = regions[region];
      int part = Math.min(copy.remaining(), from.capacity() - position);
      copy.put(from.slice(position, part));
      region++;
      position = 0;
    }
    return copy.flip();
  }

  int getInt(long offset) {
    return slice(offset, Integer.BYTES).getInt(0);
  }

  long getLong(long offset) {
    return slice(offset, Long.BYTES).getLong(0);
  }

  /**
   * Where a range of at least one byte lies in regions of one size: the region of its first byte,
   * that byte's place in it, and the region of its last byte.
   */
  record Span(int first, int position, int last) {

    Span {
      if (first < 0 || position < 0 || last < first) {
        throw new IllegalArgumentException("a span from " + first + "@" + position + " to " + last);
      }
    }

    static Span of(long offset, int length, int regionSize) {
      if (offset < 0 || length <= 0 || regionSize <= 0) {
        throw new IllegalArgumentException(length + " bytes at " + offset);
      }
      long last = offset + length - 1;
      return new Span(
          Math.toIntExact(offset / regionSize),
          (int) (offset % regionSize),
          Math.toIntExact(last / regionSize));
    }
  }
}
