package dev.podcastqa.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Transcripts;
import java.util.List;
import java.util.Map;

/**
 * The transcripts of a corpus taken from the source cache, read, checked against their CRC32 and
 * decoded when one is first asked for, and kept while recently used, so a restart over a large
 * corpus neither reads nor holds more than the transcripts something asks for (a changed episode's,
 * to chunk it; a cited or shown one's). A transcript whose bytes turn out damaged is read again
 * from its episode's sources instead: never answered from.
 */
final class CachedTranscripts implements Transcripts {

  /** Decoded transcripts kept: a few hundred hour-long ones are tens of megabytes. */
  static final int KEPT = 256;

  private final Map<String, SourceCacheFile.Blob> parts;
  private final SourceCacheFile file;
  private final SourceCacheCodec codec;
  private final Repair repair;
  private final LoadingCache<String, List<Segment>> decoded;

  /** Gives an episode's transcript from its sources when its part of the cache is damaged. */
  interface Repair {

    /**
     * @param damage what was found wrong with the cached part
     */
    List<Segment> transcript(String episodeId, RuntimeException damage);
  }

  /**
   * @param parts where each episode's transcript lies in {@code file}, as {@link
   *     SourceCacheCodec#encodeEpisode} wrote it, by episode id
   */
  CachedTranscripts(
      Map<String, SourceCacheFile.Blob> parts,
      SourceCacheFile file,
      SourceCacheCodec codec,
      Repair repair) {
    this.parts = Map.copyOf(parts);
    this.file = file;
    this.codec = codec;
    this.repair = repair;
    this.decoded = Caffeine.newBuilder().maximumSize(KEPT).build(this::decode);
  }

  @Override
  public List<Segment> of(String episodeId) {
    return has(episodeId) ? decoded.get(episodeId) : List.of();
  }

  /** Known from the part's length, and its few bytes when it is as short as an empty one. */
  @Override
  public boolean has(String episodeId) {
    SourceCacheFile.Blob part = parts.get(episodeId);
    if (part == null) {
      return false;
    }
    if (part.length() != codec.emptyTranscriptLength()) {
      return true;
    }
    try {
      return !codec.isEmptyTranscript(file.unchecked(part));
    } catch (IllegalStateException outside) {
      return true; // damaged: reading it will find out and repair it
    }
  }

  /** How many transcripts are held decoded now (for tests and logs). */
  long decoded() {
    decoded.cleanUp();
    return decoded.estimatedSize();
  }

  private List<Segment> decode(String episodeId) {
    try {
      return List.copyOf(codec.decodeTranscript(file.value(parts.get(episodeId))));
    } catch (IllegalStateException damage) {
      return List.copyOf(repair.transcript(episodeId, damage));
    }
  }
}
