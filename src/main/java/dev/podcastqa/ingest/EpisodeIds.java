package dev.podcastqa.ingest;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Slug;
import dev.podcastqa.episode.Transcripts;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns merged drafts into episodes with stable ids: the sidecar's id, else the title's slug, else
 * title and podcast, else a numbered suffix, in corpus order so reruns agree.
 */
final class EpisodeIds {

  private EpisodeIds() {}

  /** The episodes the drafts make, in order, and their transcripts by the ids assigned. */
  static Assigned assign(List<Draft> drafts, Consumer<Problem> problems) {
    Set<String> taken = new HashSet<>();
    List<Episode> episodes = new ArrayList<>();
    Map<String, List<Segment>> transcripts = new HashMap<>();
    for (Draft draft : drafts) {
      if (draft.title() == null) {
        problems.accept(
            new Problem(
                draft.sources().get(0).location(),
                0,
                "no episode title found; add a sidecar NAME.meta.json with a \"title\", or put a page "
                    + "with the same file name beside it"));
        continue;
      }
      String id = uniqueId(draft, taken);
      taken.add(id);
      episodes.add(toEpisode(id, draft));
      transcripts.put(id, draft.transcript());
    }
    return new Assigned(episodes, Transcripts.kept(transcripts));
  }

  /** Episodes with their ids, and their transcripts. */
  record Assigned(List<Episode> episodes, Transcripts transcripts) {}

  private static String uniqueId(Draft draft, Set<String> taken) {
    String base = draft.id() != null ? draft.id() : Slug.of(draft.title());
    if (!taken.contains(base)) {
      return base;
    }
    if (draft.podcast() != null) {
      String withPodcast = Slug.of(draft.title() + " " + draft.podcast());
      if (!taken.contains(withPodcast)) {
        return withPodcast;
      }
    }
    int n = 2;
    while (taken.contains(base + "-" + n)) {
      n++;
    }
    return base + "-" + n;
  }

  private static Episode toEpisode(String id, Draft draft) {
    return new Episode(
        id,
        draft.title(),
        draft.podcast(),
        draft.published(),
        draft.durationSeconds(),
        draft.links(),
        draft.chapters(),
        draft.references(),
        String.join("\n\n", draft.description()),
        draft.sources());
  }
}
