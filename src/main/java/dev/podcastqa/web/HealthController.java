package dev.podcastqa.web;

import io.javalin.http.Context;
import java.util.function.Supplier;

/**
 * {@code GET /health}: the current {@link Status}, with 503 while the service is not ready so load
 * balancers hold traffic back.
 */
final class HealthController {

  private final Supplier<Status> status;

  HealthController(Supplier<Status> status) {
    this.status = status;
  }

  void health(Context ctx) {
    Status now = status.get();
    ctx.status(now.ready() ? 200 : 503).json(now);
  }
}
