package dev.podcastqa.index;

import java.time.LocalDate;

/**
 * Limits a search to one episode, one podcast and/or a range of publication dates. Null parts do
 * not limit. An episode with no date never matches a date range.
 */
public record SearchFilter(String episodeId, String podcast, LocalDate from, LocalDate to) {

  public static final SearchFilter NONE = new SearchFilter(null, null, null, null);

  public boolean isEmpty() {
    return episodeId == null && podcast == null && from == null && to == null;
  }
}
