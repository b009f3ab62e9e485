package dev.podcastqa.cache;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.databind.SmileMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Encodes what the source cache keeps (reads of sources, episodes, the file's table) with Jackson's
 * Smile format, binary JSON: compact and quick to read, and made from the records the pipeline
 * already uses, so no second list of their fields has to be kept in step with them. Records are
 * written by their components only; derived getters such as {@code isSponsorBreak} are not.
 */
final class SourceCacheCodec {

  private final ObjectMapper smile =
      SmileMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
          .build();

  private final byte[] emptyTranscript = encode(new Transcript(List.of()));

  byte[] encode(Object value) {
    try {
      return smile.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * Decodes a value of {@code type} from {@code bytes}; damaged bytes fail as an {@link
   * IllegalStateException}.
   */
  <T> T decode(ByteBuffer bytes, Class<T> type) {
    byte[] array = new byte[bytes.remaining()];
    bytes.duplicate().get(array);
    try {
      return smile.readValue(array, type);
    } catch (IOException e) {
      throw new IllegalStateException("a damaged " + type.getSimpleName() + " in the cache", e);
    }
  }

  /**
   * An episode encoded in two parts, the episode (by {@link EpisodeCodec}, decoded on every
   * restart) and then its transcript (in Smile), so a restart can decode a transcript only when it
   * is asked for.
   */
  record EncodedEpisode(byte[] episode, byte[] transcript) {

    /** SHA-256 of both parts: a fingerprint of every field the episode has. */
    String digest() {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(episode);
        sha.update(transcript);
        return HexFormat.of().formatHex(sha.digest());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("the JDK always has SHA-256", e);
      }
    }
  }

  /** A transcript as it is encoded on its own. */
  record Transcript(List<Segment> segments) {

    Transcript {
      segments = List.copyOf(segments);
    }
  }

  EncodedEpisode encodeEpisode(Episode episode, List<Segment> transcript) {
    return new EncodedEpisode(EpisodeCodec.encode(episode), encode(new Transcript(transcript)));
  }

  /** The segments of a transcript encoded by {@link #encodeEpisode}. */
  List<Segment> decodeTranscript(ByteBuffer transcript) {
    return decode(transcript, Transcript.class).segments();
  }

  /** The length of the encoding of a transcript without segments. */
  int emptyTranscriptLength() {
    return emptyTranscript.length;
  }

  /** Whether {@code transcript} is the encoding of a transcript without segments. */
  boolean isEmptyTranscript(ByteBuffer transcript) {
    return ByteBuffer.wrap(emptyTranscript).equals(transcript);
  }

  /** SHA-256 of the episode's encoding and its transcript's: a fingerprint of every field. */
  String digest(Episode episode, List<Segment> transcript) {
    return encodeEpisode(episode, transcript).digest();
  }
}
