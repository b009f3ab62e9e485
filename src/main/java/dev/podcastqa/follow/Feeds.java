package dev.podcastqa.follow;

import java.util.List;

/** What the HTTP routes ask of the following: each feed's state, and a poll now. */
public interface Feeds {

  /** Every followed feed's state, in subscription order. */
  List<FeedStatus> feeds();

  /**
   * Polls every feed and looks at the folder now, and waits (within a deadline) until questions
   * find what they gave.
   *
   * @throws RefreshPendingException when the deadline passes first; the refresh goes on
   */
  Refreshed refresh();

  /** What a refresh did. */
  record Refreshed(int polled, int changed, List<String> added, List<String> removed) {
    public Refreshed {
      added = List.copyOf(added);
      removed = List.copyOf(removed);
    }
  }

  /** Nothing followed: no feeds, and a refresh does nothing. */
  static Feeds none() {
    return new Feeds() {
      @Override
      public List<FeedStatus> feeds() {
        return List.of();
      }

      @Override
      public Refreshed refresh() {
        return new Refreshed(0, 0, List.of(), List.of());
      }
    };
  }
}
