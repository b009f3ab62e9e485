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
   * @param digests where each decoded episode's digest is noted, for {@link
   *     SourceCache#fingerprint}
   * @param reparse the transcript of an episode whose part is found damaged, from its sources
   */
  static Corpus decode(
      Path path,
      SourceCacheFile from,
      SourceCacheFile.Snapshot snapshot,
      SourceCacheCodec codec,
      Map<Episode, String> digests,
      Function<Episode, List<Segment>> reparse) {
    List<Episode> episodes =
        IntStream.range(0, snapshot.episodes().size())
            .parallel()
            .mapToObj(
                i -> {
                  Episode episode = EpisodeCodec.decode(from.value(snapshot.episodes().get(i)));
                  digests.put(episode, snapshot.digests().get(i));
                  return episode;
                })
            .toList();
    Map<String, SourceCacheFile.Blob> transcripts = new HashMap<>();
    Map<String, Episode> byId = new HashMap<>();
    for (int i = 0; i < episodes.size(); i++) {
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
