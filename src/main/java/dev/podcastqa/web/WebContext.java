package dev.podcastqa.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.discord.DiscordBot;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.follow.Feeds;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything the HTTP routes need, built once by the composition root and handed to {@link
 * WebApp#create}.
 *
 * <p>New channels (Discord, streaming) add their services here as further components.
 *
 * @param answers answers chat questions
 * @param catalog the episodes the API lists and the pages show
 * @param status read on every {@code GET /health}, so it may change while the app runs
 * @param mapper the project mapper from {@code Json.newMapper()}, for every JSON body in and out
 * @param discord the Discord interactions endpoint and sharing; closed when the app stops
 * @param admin stands before the admin endpoints {@code /api/admin/*}
 * @param feeds the followed feeds' state for {@code GET /api/feeds}, and the admin refresh
 */
public record WebContext(
    AnswerService answers,
    Catalog catalog,
    Supplier<Status> status,
    ObjectMapper mapper,
    DiscordBot discord,
    AdminGuard admin,
    Feeds feeds) {

  public WebContext {
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(mapper, "mapper");
    Objects.requireNonNull(discord, "discord");
    Objects.requireNonNull(admin, "admin");
    Objects.requireNonNull(feeds, "feeds");
  }

  /** A context with the admin endpoints off and no feeds followed. */
  public WebContext(
      AnswerService answers,
      Catalog catalog,
      Supplier<Status> status,
      ObjectMapper mapper,
      DiscordBot discord) {
    this(answers, catalog, status, mapper, discord, AdminGuard.off(), Feeds.none());
  }

  /** A context with {@code admin} before the admin endpoints and no feeds followed. */
  public WebContext(
      AnswerService answers,
      Catalog catalog,
      Supplier<Status> status,
      ObjectMapper mapper,
      DiscordBot discord,
      AdminGuard admin) {
    this(answers, catalog, status, mapper, discord, admin, Feeds.none());
  }

  /** A context with Discord off. */
  public WebContext(
      AnswerService answers, Catalog catalog, Supplier<Status> status, ObjectMapper mapper) {
    this(answers, catalog, status, mapper, DiscordBot.off(), AdminGuard.off());
  }
}
