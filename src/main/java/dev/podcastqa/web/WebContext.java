package dev.podcastqa.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.answer.AnswerService;
import dev.podcastqa.discord.DiscordBot;
import dev.podcastqa.episode.Catalog;
import dev.podcastqa.feedback.FeedbackLog;
import dev.podcastqa.follow.Feeds;
import java.util.Objects;
import java.util.Optional;
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
 * @param discord the Discord interactions endpoint and sharing, when either is on; closed when the
 *     app stops
 * @param admin stands before the admin endpoints {@code /api/admin/*}
 * @param feedback records questions, answers and thumbs; closed when the app stops
 * @param feeds the followed feeds' state for {@code GET /api/feeds}, and the admin refresh
 */
public record WebContext(
    AnswerService answers,
    Catalog catalog,
    Supplier<Status> status,
    ObjectMapper mapper,
    Optional<DiscordBot> discord,
    AdminGuard admin,
    FeedbackLog feedback,
    Feeds feeds) {

  public WebContext {
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(mapper, "mapper");
    Objects.requireNonNull(discord, "discord");
    Objects.requireNonNull(admin, "admin");
    Objects.requireNonNull(feedback, "feedback");
    Objects.requireNonNull(feeds, "feeds");
  }

  /** A context that keeps no feedback (answers still get ids) and follows no feeds. */
  public WebContext(
      AnswerService answers,
      Catalog catalog,
      Supplier<Status> status,
      ObjectMapper mapper,
      Optional<DiscordBot> discord,
      AdminGuard admin) {
    this(answers, catalog, status, mapper, discord, admin, FeedbackLog.notKept(), Feeds.none());
  }

  /** A context with the admin endpoints off and no feeds followed. */
  public WebContext(
      AnswerService answers,
      Catalog catalog,
      Supplier<Status> status,
      ObjectMapper mapper,
      Optional<DiscordBot> discord) {
    this(answers, catalog, status, mapper, discord, AdminGuard.off());
  }

  /** A context with Discord off. */
  public WebContext(
      AnswerService answers, Catalog catalog, Supplier<Status> status, ObjectMapper mapper) {
    this(answers, catalog, status, mapper, Optional.empty(), AdminGuard.off());
  }
}
