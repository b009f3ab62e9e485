package dev.podcastqa.cache;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.episode.Source;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes the episodes of the cache's corpus snapshot field by field (lengths, numbers, UTF-8
 * text), which a restart decodes several times faster than the same records in Smile: it decodes
 * every episode of the corpus before the first answer, while the other values the cache keeps are
 * read only when a file changed or a transcript is asked for. The fields are listed here a second
 * time; {@code EpisodeCodecTests} fails when a record gains a field this does not write.
 */
final class EpisodeCodec {

  private static final int NULL = -1;

  private EpisodeCodec() {}

  static byte[] encode(Episode episode) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      text(out, episode.id());
      text(out, episode.title());
      text(out, episode.podcast());
      out.writeLong(
          episode.published() == null ? Long.MIN_VALUE : episode.published().toEpochDay());
      out.writeInt(episode.durationSeconds() == null ? NULL : episode.durationSeconds());
      text(out, episode.links().page());
      text(out, episode.links().audio());
      text(out, episode.links().video());
      out.writeInt(episode.chapters().size());
      for (Chapter chapter : episode.chapters()) {
        out.writeInt(chapter.startSeconds());
        text(out, chapter.title());
        text(out, chapter.notes());
      }
      out.writeInt(episode.references().size());
      for (Reference reference : episode.references()) {
        out.writeInt(reference.startSeconds());
        text(out, reference.label());
        text(out, reference.url());
      }
      text(out, episode.description());
      out.writeInt(episode.sources().size());
      for (Source source : episode.sources()) {
        text(out, source.location());
        text(out, source.format());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode episode " + episode.id(), e);
    }
    return bytes.toByteArray();
  }

  /**
   * The episode {@link #encode} wrote in {@code bytes}; bytes that are not one fail as an {@link
   * IllegalStateException}.
   */
  static Episode decode(ByteBuffer bytes) {
    byte[] array = new byte[bytes.remaining()];
    bytes.duplicate().get(array);
    ByteBuffer in = ByteBuffer.wrap(array);
    try {
      String id = text(in);
      String title = text(in);
      String podcast = text(in);
      long day = in.getLong();
      int duration = in.getInt();
      Links links = new Links(text(in), text(in), text(in));
      List<Chapter> chapters = new ArrayList<>();
      for (int i = count(in); i > 0; i--) {
        chapters.add(new Chapter(in.getInt(), text(in), text(in)));
      }
      List<Reference> references = new ArrayList<>();
      for (int i = count(in); i > 0; i--) {
        references.add(new Reference(in.getInt(), text(in), text(in)));
      }
      String description = text(in);
      List<Source> sources = new ArrayList<>();
      for (int i = count(in); i > 0; i--) {
        sources.add(new Source(text(in), text(in)));
      }
      if (in.hasRemaining()) {
        throw new IllegalStateException(in.remaining() + " bytes after the episode");
      }
      return new Episode(
          id,
          title,
          podcast,
          day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day),
          duration == NULL ? null : duration,
          links,
          chapters,
          references,
          description,
          sources);
    } catch (RuntimeException e) {
      throw new IllegalStateException("a damaged Episode in the cache (" + e.getMessage() + ")", e);
    }
  }

  private static int count(ByteBuffer in) {
    int count = in.getInt();
    if (count < 0 || count > in.remaining()) {
      throw new IllegalStateException("a list of " + count);
    }
    return count;
  }

  private static void text(DataOutputStream out, String text) throws IOException {
    if (text == null) {
      out.writeInt(NULL);
      return;
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String text(ByteBuffer in) {
    int length = in.getInt();
    if (length == NULL) {
      return null;
    }
    if (length < 0 || length > in.remaining()) {
      throw new IllegalStateException("a text of " + length + " bytes");
    }
    String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return text;
  }
}
