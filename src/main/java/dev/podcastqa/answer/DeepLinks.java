package dev.podcastqa.answer;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links to a moment of an episode: the audio file at {@code #t=}, a YouTube video at {@code t=Ns},
 * a Spotify episode at {@code ?t=}, else the service's own episode page, which plays from that
 * second. Own-page links are relative; channels make them absolute.
 */
public final class DeepLinks {

  private DeepLinks() {}

  /** The best link to {@code second} of {@code episode}; whole-episode text links to its page. */
  public static String to(Episode episode, int second, boolean timed) {
    if (!timed) {
      return episodePage(episode.id(), null);
    }
    Links links = episode.links();
    if (links.audio() != null) {
      return withoutFragment(links.audio()) + "#t=" + second;
    }
    if (links.video() != null && isYouTube(links.video())) {
      return withQuery(links.video(), "t=" + second + "s");
    }
    for (String url : new String[] {links.video(), links.page()}) {
      if (url != null && url.contains("open.spotify.com/episode/")) {
        return withQuery(url, "t=" + second);
      }
    }
    return episodePage(episode.id(), second);
  }

  /** The service's page for the episode, at {@code second} when it is not null. */
  public static String episodePage(String episodeId, Integer second) {
    String path = "/episodes/" + URLEncoder.encode(episodeId, StandardCharsets.UTF_8);
    return second == null ? path : path + "?t=" + second;
  }

  private static boolean isYouTube(String url) {
    return url.contains("youtube.com/") || url.contains("youtu.be/");
  }

  private static String withQuery(String url, String parameter) {
    String base = withoutFragment(url);
    String cleaned = base.replaceAll("([?&])t=[^&]*&?", "$1").replaceAll("[?&]$", "");
    return cleaned + (cleaned.contains("?") ? "&" : "?") + parameter;
  }

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }
}
