package dev.podcastqa.web;

/** The service's own addresses for an episode and for a moment in it. */
final class EpisodeUrls {

  private EpisodeUrls() {}

  static String page(String episodeId) {
    return "/episodes/" + episodeId;
  }

  static String moment(String episodeId, int second) {
    return page(episodeId) + "?t=" + second;
  }
}
