package dev.podcastqa.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The fingerprint of what an episode puts in the index: its chunks and the facts filters use. Equal
 * fingerprints mean nothing needs embedding again.
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

  private static void update(MessageDigest digest, String value) {
    // A length prefix keeps ("ab", "c") and ("a", "bc") apart.
    byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    digest.update((byte) (value == null ? 0 : 1));
    digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
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
