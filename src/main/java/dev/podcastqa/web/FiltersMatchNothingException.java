package dev.podcastqa.web;

import dev.podcastqa.answer.FilterCheck;

/**
 * A chat request whose filters can match no episode: an unknown podcast, or no episode meets them.
 */
final class FiltersMatchNothingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  FiltersMatchNothingException(FilterCheck.Refusal refusal) {
    super(refusal.detail());
    this.field = refusal.field();
  }

  /** The error code a client sees: the podcast is unknown, or no episode meets the filters. */
  String code() {
    return field.equals("podcast") ? "podcast_not_found" : "no_matching_episode";
  }
}
