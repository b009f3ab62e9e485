package dev.podcastqa.discord;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.follow.Announcer;

/** Posts each newly indexed episode to the channel webhook (title, podcast, date, chapters). */
public final class EpisodeAnnouncer implements Announcer {

  private final DiscordApi api;
  private final String webhookUrl;
  private final MessageFormatter messages;

  public EpisodeAnnouncer(DiscordApi api, String webhookUrl, MessageFormatter messages) {
    this.api = api;
    this.webhookUrl = webhookUrl;
    this.messages = messages;
  }

  @Override
  public void announce(Episode episode) {
    api.executeWebhook(webhookUrl, messages.newEpisode(episode));
  }
}
