package dev.podcastqa.index;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Transcripts;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The fingerprint of what an episode puts in the index: its chunks and the facts filters use. Equal
 * fingerprints mean nothing needs embedding again. Also the fingerprint of what the chunker reads
 * from an episode, so an unchanged episode need not be chunked to know its chunks are unchanged.
 */
public final class ContentHash {

  private ContentHash() {}

  /** The fingerprint the indexer stores with an episode that gives {@code chunks}. */
  public static String of(EpisodeFacts facts, List<Chunk> chunks) {
    MessageDigest digest = sha256();
    update(digest, facts.title());
    update(digest, facts.podcast());
    update(digest, Objects.toString(facts.published(), null));
    for (Chunk c : chunks) {
      update(digest, c.id());
      update(digest, c.kind().name());
      update(digest, String.valueOf(c.startSeconds()));
      update(digest, Objects.toString(c.endSeconds(), null));
      update(digest, c.chapterTitle());
      update(digest, c.context());
      update(digest, c.text());
      update(digest, c.url());
      // What the model read, when not the context and text themselves: a change to it embeds anew.
      String read = c.context().isEmpty() ? c.text() : c.context() + "\n" + c.text();
      if (!c.embeddingText().equals(read)) {
        update(digest, c.embeddingText());
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The fingerprint of every field the chunker and {@link EpisodeFacts} read from {@code episode}
   * and its transcript (not its links, length or sources, which chunks do not depend on).
   */
  static String ofInputs(Episode episode, Transcripts transcripts) {
    Digest digest = new Digest();
    digest.text(episode.id());
    digest.text(episode.title());
    digest.text(episode.podcast());
    digest.text(Objects.toString(episode.published(), null));
    for (Chapter c : episode.chapters()) {
      digest.number(c.startSeconds());
      digest.text(c.title());
      digest.text(c.notes());
    }
    digest.number(-1);
    for (Reference r : episode.references()) {
      digest.number(r.startSeconds());
      digest.text(r.label());
      digest.text(r.url());
    }
    digest.number(-1);
    digest.text(episode.description());
    for (Segment s : transcripts.of(episode.id())) {
      digest.number(Double.doubleToLongBits(s.startSeconds()));
      digest.number(Double.doubleToLongBits(s.endSeconds()));
      digest.text(s.speaker());
      digest.text(s.text());
    }
    return HexFormat.of().formatHex(digest.sha.digest());
  }

  /** SHA-256 over typed values, with one scratch buffer for the framing of each. */
  private static final class Digest {
    private final MessageDigest sha = sha256();
    private final ByteBuffer scratch = ByteBuffer.allocate(Long.BYTES + 1);

    void text(String value) {
      byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
      scratch.clear().put((byte) (value == null ? 0 : 1)).putInt(bytes.length);
      sha.update(scratch.array(), 0, scratch.position());
      sha.update(bytes);
    }

    void number(long value) {
      scratch.clear().putLong(value);
      sha.update(scratch.array(), 0, Long.BYTES);
    }
  }

  private static void update(MessageDigest digest, String value) {
    // A length prefix keeps ("ab", "c") and ("a", "bc") apart.
    byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    digest.update((byte) (value == null ? 0 : 1));
    digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
