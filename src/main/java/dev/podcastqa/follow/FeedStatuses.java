package dev.podcastqa.follow;

import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Episode;
import java.util.ArrayList;
import java.util.List;

/** Each followed feed's state on disk with the count of its episodes in the catalog. */
final class FeedStatuses {

  private FeedStatuses() {}

  /** Every feed {@code sources} follows, in subscription order. */
  static List<FeedStatus> of(FollowedSources sources, Catalog catalog) {
    List<Episode> episodes = catalog.episodes();
    List<FeedStatus> statuses = new ArrayList<>();
    for (String url : sources.subscriptions().read().urls()) {
      FeedState state = sources.store().state(url);
      List<Episode> own =
          episodes.stream()
              .filter(e -> e.sources().stream().anyMatch(s -> s.location().equals(url)))
              .toList();
      int bare = (int) own.stream().filter(e -> !catalog.hasTranscript(e.id())).count();
      statuses.add(
          new FeedStatus(
              url,
              state.lastPoll(),
              state.lastChange(),
              state.nextPoll(),
              own.size(),
              bare,
              state.lastError(),
              state.problems()));
    }
    return statuses;
  }
}
