package dev.podcastqa.ingest;

import dev.podcastqa.episode.Links;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads what {@link CacheOut} wrote from a buffer (a slice of the memory-mapped cache file), with
 * bounds checked so a damaged entry fails as an {@link IllegalStateException}.
 */
final class CacheIn {

  final ByteBuffer in;
  private byte[] scratch = new byte[256];

  CacheIn(ByteBuffer in) {
    this.in = in;
  }

  String text() {
    int length = in.getInt();
    if (length < 0) {
      return null;
    }
    if (length > in.remaining()) {
      throw new IllegalStateException("a string of " + length + " bytes in a damaged cache");
    }
    if (scratch.length < length) {
      scratch = new byte[Math.max(length, scratch.length * 2)];
    }
    in.get(scratch, 0, length);
    return new String(scratch, 0, length, StandardCharsets.UTF_8);
  }

  LocalDate date() {
    long day = in.getLong();
    return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
  }

  Integer integer() {
    boolean present = in.get() != 0;
    int value = in.getInt();
    return present ? value : null;
  }

  Links links() {
    return new Links(text(), text(), text());
  }

  <T> List<T> list(Supplier<T> item) {
    int size = in.getInt();
    if (size < 0 || size > in.remaining()) {
      throw new IllegalStateException("a list of " + size + " items in a damaged cache");
    }
    List<T> items = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      items.add(item.get());
    }
    return items;
  }
}
