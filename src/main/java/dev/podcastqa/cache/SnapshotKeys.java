package dev.podcastqa.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The files a corpus snapshot was read from, each in the state it was in, kept in the cache's table
 * as one SHA-256 of every field of every {@link SourceCache.Key} in order: a restart compares the
 * files as they are now with it instead of decoding tens of thousands of keys from the table. Two
 * lists of keys have the same digest only when they are equal, field by field and in order.
 */
final class SnapshotKeys {

  private SnapshotKeys() {}

  /** The SHA-256 of {@code keys}, each field length-prefixed so no two lists run together. */
  static String digest(List<SourceCache.Key> keys) {
    MessageDigest sha = sha256();
    ByteBuffer numbers = ByteBuffer.allocate(3 * Long.BYTES);
    numbers.putLong(keys.size());
    sha.update(numbers.flip());
    for (SourceCache.Key key : keys) {
      text(sha, key.location());
      text(sha, key.absolute());
      text(sha, key.fileKey());
      numbers.clear().putLong(key.size()).putLong(key.modifiedNanos());
      sha.update(numbers.flip());
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void text(MessageDigest sha, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).flip());
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
