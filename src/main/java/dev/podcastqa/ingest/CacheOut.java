package dev.podcastqa.ingest;

import dev.podcastqa.episode.Links;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the field types of the source cache: UTF-8 strings with a length (-1 for null), dates as
 * epoch days, optional integers, links and lists with their size.
 */
final class CacheOut {

  final DataOutputStream out;

  CacheOut(OutputStream out) {
    this.out = new DataOutputStream(out);
  }

  void text(String value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  void date(LocalDate value) throws IOException {
    out.writeLong(value == null ? Long.MIN_VALUE : value.toEpochDay());
  }

  void integer(Integer value) throws IOException {
    out.writeBoolean(value != null);
    out.writeInt(value == null ? 0 : value);
  }

  void links(Links links) throws IOException {
    text(links.page());
    text(links.audio());
    text(links.video());
  }

  <T> void list(List<T> items, Item<T> item) throws IOException {
    out.writeInt(items.size());
    for (T t : items) {
      item.write(t);
    }
  }

  /** Writes one list item. */
  @FunctionalInterface
  interface Item<T> {
    void write(T item) throws IOException;
  }
}
