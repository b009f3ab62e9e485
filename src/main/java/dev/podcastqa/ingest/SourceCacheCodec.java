package dev.podcastqa.ingest;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The binary form of what the source cache keeps: a {@link SourceRead} (its drafts, sidecar and
 * problems) and the episodes of a whole {@link Corpus}, every field written in a fixed order. A
 * transcript names each speaker once, and its segments share that name.
 */
final class SourceCacheCodec {

  private SourceCacheCodec() {}

  static void write(CacheOut w, SourceRead read) throws IOException {
    w.text(read.stemKey());
    w.out.writeBoolean(read.feed());
    w.list(read.problems(), p -> problem(w, p));
    w.out.writeBoolean(read.sidecar() != null);
    if (read.sidecar() != null) {
      sidecar(w, read.sidecar());
    }
    w.list(read.drafts(), d -> draft(w, d));
  }

  static SourceRead read(CacheIn r) {
    String stemKey = r.text();
    boolean feed = r.in.get() != 0;
    List<Problem> problems = r.list(() -> problem(r));
    Sidecar sidecar = r.in.get() != 0 ? sidecar(r) : null;
    List<Draft> drafts = r.list(() -> draft(r));
    return new SourceRead(stemKey, feed, drafts, sidecar, problems);
  }

  /**
   * Writes a whole corpus: its problems, then each episode with its length first, so the episodes
   * can be decoded in parallel.
   */
  static void write(CacheOut w, Corpus corpus) throws IOException {
    w.list(corpus.problems(), p -> problem(w, p));
    w.out.writeInt(corpus.episodes().size());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (Episode episode : corpus.episodes()) {
      bytes.reset();
      CacheOut one = new CacheOut(bytes);
      episode(one, episode);
      one.out.flush();
      w.out.writeInt(bytes.size());
      bytes.writeTo(w.out);
    }
  }

  /**
   * Reads a corpus written by {@link #write(CacheOut, Corpus)}, putting the {@link #digest} of each
   * episode's bytes in {@code digests}.
   */
  static Corpus readCorpus(ByteBuffer in, Map<Episode, String> digests) {
    CacheIn r = new CacheIn(in);
    List<Problem> problems = r.list(() -> problem(r));
    int count = in.getInt();
    if (count < 0 || count > in.remaining()) {
      throw new IllegalStateException(count + " episodes in a damaged corpus snapshot");
    }
    List<ByteBuffer> slices = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int length = in.getInt();
      slices.add(in.slice(in.position(), length));
      in.position(in.position() + length);
    }
    List<Episode> episodes =
        slices.parallelStream()
            .map(
                bytes -> {
                  Episode episode = episode(new CacheIn(bytes.duplicate()));
                  digests.put(episode, digest(bytes));
                  return episode;
                })
            .toList();
    return new Corpus(episodes, problems);
  }

  /** SHA-256 of the episode's encoding: a fingerprint of every field it has. */
  static String digest(Episode episode) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      CacheOut out = new CacheOut(bytes);
      episode(out, episode);
      out.out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode episode " + episode.id(), e);
    }
    return digest(ByteBuffer.wrap(bytes.toByteArray()));
  }

  private static String digest(ByteBuffer encoded) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(encoded.duplicate());
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  static void problem(CacheOut w, Problem p) throws IOException {
    w.text(p.location());
    w.out.writeInt(p.line());
    w.text(p.reason());
  }

  static Problem problem(CacheIn r) {
    return new Problem(r.text(), r.in.getInt(), r.text());
  }

  static void episode(CacheOut w, Episode e) throws IOException {
    w.text(e.id());
    w.text(e.title());
    w.text(e.podcast());
    w.date(e.published());
    w.integer(e.durationSeconds());
    w.links(e.links());
    chapters(w, e.chapters());
    references(w, e.references());
    w.text(e.description());
    transcript(w, e.transcript());
    sources(w, e.sources());
  }

  static Episode episode(CacheIn r) {
    return new Episode(
        r.text(),
        r.text(),
        r.text(),
        r.date(),
        r.integer(),
        r.links(),
        chapters(r),
        references(r),
        r.text(),
        transcript(r),
        sources(r));
  }

  private static void sidecar(CacheOut w, Sidecar s) throws IOException {
    w.text(s.location());
    w.text(s.id());
    w.text(s.title());
    w.text(s.podcast());
    w.date(s.published());
    w.integer(s.durationSeconds());
    w.links(s.links());
    w.list(s.sameAs(), w::text);
  }

  private static Sidecar sidecar(CacheIn r) {
    return new Sidecar(
        r.text(), r.text(), r.text(), r.text(), r.date(), r.integer(), r.links(), r.list(r::text));
  }

  private static void draft(CacheOut w, Draft d) throws IOException {
    sources(w, d.sources());
    w.text(d.id());
    w.text(d.title());
    w.text(d.podcast());
    w.date(d.published());
    w.integer(d.durationSeconds());
    w.links(d.links());
    chapters(w, d.chapters());
    references(w, d.references());
    w.list(d.description(), w::text);
    transcript(w, d.transcript());
    w.text(d.guid());
    w.list(d.sameAs(), w::text);
  }

  private static Draft draft(CacheIn r) {
    return new Draft(
        sources(r),
        r.text(),
        r.text(),
        r.text(),
        r.date(),
        r.integer(),
        r.links(),
        chapters(r),
        references(r),
        r.list(r::text),
        transcript(r),
        r.text(),
        r.list(r::text));
  }

  private static void sources(CacheOut w, List<Source> sources) throws IOException {
    w.list(
        sources,
        s -> {
          w.text(s.location());
          w.text(s.format());
        });
  }

  private static List<Source> sources(CacheIn r) {
    return r.list(() -> new Source(r.text(), r.text()));
  }

  private static void chapters(CacheOut w, List<Chapter> chapters) throws IOException {
    w.list(
        chapters,
        c -> {
          w.out.writeInt(c.startSeconds());
          w.text(c.title());
          w.text(c.notes());
        });
  }

  private static List<Chapter> chapters(CacheIn r) {
    return r.list(() -> new Chapter(r.in.getInt(), r.text(), r.text()));
  }

  private static void references(CacheOut w, List<Reference> references) throws IOException {
    w.list(
        references,
        ref -> {
          w.out.writeInt(ref.startSeconds());
          w.text(ref.label());
          w.text(ref.url());
        });
  }

  private static List<Reference> references(CacheIn r) {
    return r.list(() -> new Reference(r.in.getInt(), r.text(), r.text()));
  }

  private static void transcript(CacheOut w, List<Segment> transcript) throws IOException {
    Map<String, Integer> speakers = new LinkedHashMap<>();
    transcript.stream()
        .map(Segment::speaker)
        .filter(Objects::nonNull)
        .forEach(speaker -> speakers.putIfAbsent(speaker, speakers.size()));
    w.list(List.copyOf(speakers.keySet()), w::text);
    w.list(
        transcript,
        s -> {
          w.out.writeDouble(s.startSeconds());
          w.out.writeDouble(s.endSeconds());
          w.out.writeInt(s.speaker() == null ? -1 : speakers.get(s.speaker()));
          w.text(s.text());
        });
  }

  private static List<Segment> transcript(CacheIn r) {
    List<String> speakers = r.list(r::text);
    return r.list(
        () -> {
          double start = r.in.getDouble();
          double end = r.in.getDouble();
          int speaker = r.in.getInt();
          return new Segment(start, end, speaker < 0 ? null : speakers.get(speaker), r.text());
        });
  }
}
