package dev.podcastqa.web;

import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Episode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/episodes}, {@code GET /api/episodes/{id}} and {@code GET /api/suggestions}: the
 * catalog as JSON, and questions a listener might ask about it.
 */
final class EpisodeController {

  /** Suggested questions shown under the chat's empty state. */
  static final int SUGGESTIONS = 4;

  private final Catalog catalog;
  private final SuggestedQuestions suggested;
  private final Clock clock;

  /**
   * @param clock tells which episodes are recent (the UTC date of its instant)
   */
  EpisodeController(Catalog catalog, SuggestedQuestions suggested, Clock clock) {
    this.catalog = catalog;
    this.suggested = suggested;
    this.clock = clock;
  }

  void list(Context ctx) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    List<EpisodeSummary> episodes =
        catalog.episodes().stream().map(e -> EpisodeSummary.of(e, today)).toList();
    ctx.json(Map.of("episodes", episodes));
  }

  /** One episode; {@code ?include=transcript} adds the transcript segments. */
  void one(Context ctx) {
    Episode episode = find(catalog, ctx.pathParam("id"));
    String include = ctx.queryParam("include");
    if (include != null && !include.equals("transcript")) {
      throw RequestRejectedException.badField(
          "include", "include takes one value, transcript; leave it out for the episode alone.");
    }
    boolean withTranscript = include != null;
    ctx.json(EpisodeDetail.of(episode, catalog.transcript(episode.id()), withTranscript));
  }

  /** Suggested questions across the catalog, or about one episode with {@code ?episodeId=}. */
  void suggestions(Context ctx) {
    String episodeId = ctx.queryParam("episodeId");
    List<SuggestedQuestions.Suggestion> list =
        episodeId == null || episodeId.isBlank()
            ? suggested.across(catalog, SUGGESTIONS)
            : suggested.of(find(catalog, episodeId.strip()), catalog).stream()
                .limit(SUGGESTIONS)
                .toList();
    ctx.json(Map.of("suggestions", list));
  }

  static Episode find(Catalog catalog, String id) {
    return catalog.find(id).orElseThrow(() -> new EpisodeNotFoundException(id));
  }
}
