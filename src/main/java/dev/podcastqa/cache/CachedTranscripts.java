package dev.podcastqa.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Transcripts;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

/**
 * The transcripts of a corpus taken from the source cache, decoded when one is first asked for and
 * kept while recently used, so a restart over a large corpus holds the episodes but only the
 * transcripts something reads (a changed episode's, to chunk it; a cited or shown one's). Every
 * encoded transcript was checked against its CRC32 when the cache was opened.
 */
final class CachedTranscripts implements Transcripts {

  /** Decoded transcripts kept: a few hundred hour-long ones are tens of megabytes. */
  static final int KEPT = 256;

  private final Map<String, ByteBuffer> encoded;
  private final SourceCacheCodec codec;
  private final LoadingCache<String, List<Segment>> decoded;

  /**
   * @param encoded each episode's transcript as {@link SourceCacheCodec#encodeEpisode} wrote it, by
   *     episode id; the buffers must stay unchanged while this is in use
   */
  CachedTranscripts(Map<String, ByteBuffer> encoded, SourceCacheCodec codec) {
    this.encoded = Map.copyOf(encoded);
    this.codec = codec;
    this.decoded = Caffeine.newBuilder().maximumSize(KEPT).build(this::decode);
  }

  @Override
  public List<Segment> of(String episodeId) {
    return has(episodeId) ? decoded.get(episodeId) : List.of();
  }

  @Override
  public boolean has(String episodeId) {
    ByteBuffer bytes = encoded.get(episodeId);
    return bytes != null && !codec.isEmptyTranscript(bytes);
  }

  /** How many transcripts are held decoded now (for tests and logs). */
  long decoded() {
    decoded.cleanUp();
    return decoded.estimatedSize();
  }

  /** Decodes a checked buffer: a failure here is a bug, not damage, so it is not caught. */
  private List<Segment> decode(String episodeId) {
    return List.copyOf(codec.decodeTranscript(encoded.get(episodeId)));
  }
}
