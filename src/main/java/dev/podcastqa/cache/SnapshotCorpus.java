package dev.podcastqa.cache;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.Corpus;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The corpus a snapshot of the source cache file holds: its episodes, each read, checked and
 * decoded (in parallel), and their transcripts, left unread until one is asked for.
 */
final class SnapshotCorpus {

  /** The source cache's own logger: a damaged part is the cache's warning. */
  private static final Logger LOG = LoggerFactory.getLogger(SourceCache.class);

  private SnapshotCorpus() {}

  /**
   * The snapshot's episodes, each read, checked and decoded (in parallel), in order.
   *
   * @throws IllegalStateException when one of them is damaged
   */
  static List<Episode> episodes(SourceCacheFile from, SourceCacheFile.Snapshot snapshot) {
    return IntStream.range(0, snapshot.episodes().size())
        .parallel()
        .mapToObj(i -> EpisodeCodec.decode(from.value(snapshot.episodes().get(i))))
        .toList();
  }

  /**
   * @param episodes the snapshot's episodes as {@link #episodes} decoded them
   * @param digests where each episode's digest is noted, for {@link SourceCache#fingerprint}
   * @param reparse the transcript of an episode whose part is found damaged, from its sources
   */
  static Corpus of(
      Path path,
      SourceCacheFile from,
      SourceCacheFile.Snapshot snapshot,
      List<Episode> episodes,
      SourceCacheCodec codec,
      Map<Episode, String> digests,
      Function<Episode, List<Segment>> reparse) {
    Map<String, SourceCacheFile.Blob> transcripts = new HashMap<>();
    Map<String, Episode> byId = new HashMap<>();
    for (int i = 0; i < episodes.size(); i++) {
      digests.put(episodes.get(i), snapshot.digests().get(i));
      transcripts.put(episodes.get(i).id(), snapshot.transcripts().get(i));
      byId.put(episodes.get(i).id(), episodes.get(i));
    }
    CachedTranscripts.Repair repair =
        (id, damage) -> {
          LOG.warn(
              "The source cache {} is damaged ({}: the transcript of {}); parsing its sources"
                  + " again",
              path,
              damage.getMessage(),
              id);
          return reparse.apply(byId.get(id));
        };
    return new Corpus(
        episodes, new CachedTranscripts(transcripts, from, codec, repair), snapshot.problems());
  }
}
