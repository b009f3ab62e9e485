package dev.podcastqa.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.cache.SourceCache;
import dev.podcastqa.config.Config;
import dev.podcastqa.discord.DiscordApi;
import dev.podcastqa.discord.EpisodeAnnouncer;
import dev.podcastqa.discord.MessageFormatter;
import dev.podcastqa.follow.Announcer;
import dev.podcastqa.follow.FollowedSources;
import dev.podcastqa.follow.Follower;
import dev.podcastqa.follow.LiveIndex;
import dev.podcastqa.follow.Subscriptions;
import dev.podcastqa.ingest.http.HttpFetcher;
import dev.podcastqa.ingest.http.HttpTranscriber;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/** Wires the following of feeds and the episodes folder from the config, over an open pipeline. */
final class Following {

  private Following() {}

  /** The episodes folder and the copies held of the followed feeds, as the config names them. */
  static FollowedSources sources(Config config, ObjectMapper mapper) {
    Config.Transcription transcription = config.follow().transcription();
    return new FollowedSources(
        config.episodesDir(),
        config.indexDir(),
        new Subscriptions(config.follow().feeds(), config.episodesDir()),
        new HttpFetcher(HttpFetcher.REQUEST_TIMEOUT, config.maxFileBytes()),
        transcription.enabled()
            ? Optional.of(
                new HttpTranscriber(
                    transcription.url(),
                    transcription.model(),
                    transcription.apiKey(),
                    transcription.timeout(),
                    config.maxFileBytes(),
                    mapper))
            : Optional.empty(),
        config.maxFileBytes(),
        mapper);
  }

  /**
   * The follower over {@code pipeline}'s catalog and store, reading through its source cache and
   * writing with its indexer, and announcing new episodes to the Discord webhook when one is set.
   */
  static Follower follower(
      Config config, ObjectMapper mapper, Pipeline pipeline, DiscordApi discord) {
    SourceCache sources = pipeline.sources();
    LiveIndex live = new LiveIndex(pipeline.catalog(), pipeline.indexer(), pipeline.store());
    return new Follower(
        sources(config, mapper),
        sources,
        live,
        pipeline.catalog(),
        config.follow().pollInterval(),
        config.follow().watchInterval(),
        config.follow().refreshWait(),
        Clock.systemUTC(),
        new SecureRandom(),
        config.discord().webhookEnabled()
            ? new EpisodeAnnouncer(
                discord, config.discord().webhookUrl(), new MessageFormatter(config.baseUrl()))
            : Announcer.none());
  }
}
