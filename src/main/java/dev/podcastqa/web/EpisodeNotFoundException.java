package dev.podcastqa.web;

/** A request named an episode id the catalog does not hold. */
final class EpisodeNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String id;

  EpisodeNotFoundException(String id) {
    super("no episode has the id " + id);
    this.id = id;
  }

  String id() {
    return id;
  }
}
