package dev.podcastqa.ingest;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Source;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The binary form of one cached {@link SourceRead}: every field of its drafts, sidecar and
 * problems, written in a fixed order. Strings are UTF-8 with a length (-1 for null); a transcript
 * names each speaker once.
 */
final class SourceCacheCodec {

  private SourceCacheCodec() {}

  static void write(DataOutputStream out, SourceRead read) throws IOException {
    Writer w = new Writer(out);
    w.text(read.stemKey());
    out.writeBoolean(read.feed());
    w.list(read.problems(), p -> problem(w, p));
    out.writeBoolean(read.sidecar() != null);
    if (read.sidecar() != null) {
      sidecar(w, read.sidecar());
    }
    w.list(read.drafts(), d -> draft(w, d));
  }

  static SourceRead read(ByteBuffer in) {
    Reader r = new Reader(in);
    String stemKey = r.text();
    boolean feed = in.get() != 0;
    List<Problem> problems = r.list(() -> new Problem(r.text(), in.getInt(), r.text()));
    Sidecar sidecar = in.get() != 0 ? sidecar(r) : null;
    List<Draft> drafts = r.list(() -> draft(r));
    return new SourceRead(stemKey, feed, drafts, sidecar, problems);
  }

  private static void problem(Writer w, Problem p) throws IOException {
    w.text(p.location());
    w.out.writeInt(p.line());
    w.text(p.reason());
  }

  private static void sidecar(Writer w, Sidecar s) throws IOException {
    w.text(s.location());
    w.text(s.id());
    w.text(s.title());
    w.text(s.podcast());
    w.date(s.published());
    w.integer(s.durationSeconds());
    w.links(s.links());
    w.list(s.sameAs(), w::text);
  }

  private static Sidecar sidecar(Reader r) {
    return new Sidecar(
        r.text(), r.text(), r.text(), r.text(), r.date(), r.integer(), r.links(), r.list(r::text));
  }

  private static void draft(Writer w, Draft d) throws IOException {
    DataOutputStream out = w.out;
    w.list(d.sources(), s -> w.pair(s.location(), s.format()));
    w.text(d.id());
    w.text(d.title());
    w.text(d.podcast());
    w.date(d.published());
    w.integer(d.durationSeconds());
    w.links(d.links());
    w.list(d.chapters(), c -> w.timed(c.startSeconds(), c.title(), c.notes()));
    w.list(d.references(), r -> w.timed(r.startSeconds(), r.label(), r.url()));
    w.list(d.description(), w::text);
    Map<String, Integer> speakers = new LinkedHashMap<>();
    d.transcript().stream()
        .map(Segment::speaker)
        .filter(Objects::nonNull)
        .forEach(speaker -> speakers.putIfAbsent(speaker, speakers.size()));
    w.list(List.copyOf(speakers.keySet()), w::text);
    w.list(
        d.transcript(),
        s -> {
          out.writeDouble(s.startSeconds());
          out.writeDouble(s.endSeconds());
          out.writeInt(s.speaker() == null ? -1 : speakers.get(s.speaker()));
          w.text(s.text());
        });
    w.text(d.guid());
    w.list(d.sameAs(), w::text);
  }

  private static Draft draft(Reader r) {
    ByteBuffer in = r.in;
    List<Source> sources = r.list(() -> new Source(r.text(), r.text()));
    String id = r.text();
    String title = r.text();
    String podcast = r.text();
    LocalDate published = r.date();
    Integer duration = r.integer();
    Links links = r.links();
    List<Chapter> chapters = r.list(() -> new Chapter(in.getInt(), r.text(), r.text()));
    List<Reference> references = r.list(() -> new Reference(in.getInt(), r.text(), r.text()));
    List<String> description = r.list(r::text);
    List<String> speakers = r.list(r::text);
    List<Segment> transcript =
        r.list(
            () -> {
              double start = in.getDouble();
              double end = in.getDouble();
              int speaker = in.getInt();
              return new Segment(start, end, speaker < 0 ? null : speakers.get(speaker), r.text());
            });
    return new Draft(
        sources,
        id,
        title,
        podcast,
        published,
        duration,
        links,
        chapters,
        references,
        description,
        transcript,
        r.text(),
        r.list(r::text));
  }

  /** Writes the field types drafts are made of. */
  private record Writer(DataOutputStream out) {

    void text(String value) throws IOException {
      if (value == null) {
        out.writeInt(-1);
        return;
      }
      byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    }

    void pair(String first, String second) throws IOException {
      text(first);
      text(second);
    }

    void timed(int second, String first, String rest) throws IOException {
      out.writeInt(second);
      pair(first, rest);
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
      pair(links.audio(), links.video());
    }

    <T> void list(List<T> items, Item<T> item) throws IOException {
      out.writeInt(items.size());
      for (T t : items) {
        item.write(t);
      }
    }
  }

  /** Writes one list item. */
  @FunctionalInterface
  private interface Item<T> {
    void write(T item) throws IOException;
  }

  /** Reads the field types back; speaker names are shared, as a parse would not share them. */
  private record Reader(ByteBuffer in, Map<String, String> shared) {

    Reader(ByteBuffer in) {
      this(in, new HashMap<>());
    }

    String text() {
      int length = in.getInt();
      if (length < 0) {
        return null;
      }
      String value;
      if (in.hasArray()) {
        value =
            new String(
                in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
      } else {
        byte[] bytes = new byte[length];
        in.get(bytes);
        value = new String(bytes, StandardCharsets.UTF_8);
      }
      return length < 64 ? shared.computeIfAbsent(value, v -> v) : value;
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
        throw new IllegalStateException("list of " + size + " items in a damaged cache entry");
      }
      List<T> items = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        items.add(item.get());
      }
      return items;
    }
  }
}
