package dev.podcastqa.web;

import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Episode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** {@code GET /api/episodes} and {@code GET /api/episodes/{id}}: the catalog as JSON. */
final class EpisodeController {

  private final Catalog catalog;

  EpisodeController(Catalog catalog) {
    this.catalog = catalog;
  }

  void list(Context ctx) {
    List<EpisodeSummary> episodes = catalog.episodes().stream().map(EpisodeSummary::of).toList();
    ctx.json(Map.of("episodes", episodes));
  }

  /** One episode; {@code ?include=transcript} adds the transcript segments. */
  void one(Context ctx) {
    Episode episode = find(catalog, ctx.pathParam("id"));
    boolean withTranscript = "transcript".equals(ctx.queryParam("include"));
    ctx.json(EpisodeDetail.of(episode, withTranscript));
  }

  static Episode find(Catalog catalog, String id) {
    return catalog.find(id).orElseThrow(() -> new EpisodeNotFoundException(id));
  }
}
