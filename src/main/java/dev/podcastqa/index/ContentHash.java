package dev.podcastqa.index;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.episode.Segment;
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
final class ContentHash {

  private ContentHash() {}

  static String of(EpisodeFacts facts, List<Chunk> chunks) {
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
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The fingerprint of every field the chunker and {@link EpisodeFacts} read from {@code episode}
   * (not its links, length or sources, which chunks do not depend on).
   */
  static String ofInputs(Episode episode) {
    MessageDigest digest = sha256();
    update(digest, episode.id());
    update(digest, episode.title());
    update(digest, episode.podcast());
    update(digest, Objects.toString(episode.published(), null));
    for (Chapter c : episode.chapters()) {
      update(digest, c.startSeconds());
      update(digest, c.title());
      update(digest, c.notes());
    }
    update(digest, -1);
    for (Reference r : episode.references()) {
      update(digest, r.startSeconds());
      update(digest, r.label());
      update(digest, r.url());
    }
    update(digest, -1);
    update(digest, episode.description());
    for (Segment s : episode.transcript()) {
      update(digest, Double.doubleToLongBits(s.startSeconds()));
      update(digest, Double.doubleToLongBits(s.endSeconds()));
      update(digest, s.speaker());
      update(digest, s.text());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, String value) {
    // A length prefix keeps ("ab", "c") and ("a", "bc") apart.
    byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    digest.update((byte) (value == null ? 0 : 1));
    digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    digest.update(bytes);
  }

  private static void update(MessageDigest digest, long value) {
    digest.update(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
