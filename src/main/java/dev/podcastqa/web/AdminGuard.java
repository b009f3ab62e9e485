package dev.podcastqa.web;

import io.javalin.http.Context;

/**
 * Keeps the admin endpoints ({@code /api/admin/*}) behind the admin token ({@code
 * PODCASTQA_ADMIN_TOKEN}): with no token set they do not exist (404); with one, a request without
 * {@code Authorization: Bearer <token>} is refused with 401 and a JSON error.
 */
public final class AdminGuard {

  /** The paths the guard stands before. */
  public static final String PATHS = "/api/admin/*";

  private final ApiKey token;

  private AdminGuard(ApiKey token) {
    this.token = token;
  }

  /** The guard for {@code token}; blank turns the admin endpoints off. */
  public static AdminGuard of(String token) {
    return new AdminGuard(ApiKey.of(token));
  }

  /** The admin endpoints are off. */
  public static AdminGuard off() {
    return of("");
  }

  /** Whether admin endpoints are served at all. */
  public boolean enabled() {
    return token.required();
  }

  /**
   * A before-handler for {@link #PATHS}: lets a request with the right token through and refuses
   * the rest. The token is compared in constant time (see {@link ApiKey#admits}).
   */
  public void check(Context ctx) {
    if (!enabled()) {
      throw new RequestRejectedException(404, "not_found", "There is nothing at this address.");
    }
    if (!token.admits(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new RequestRejectedException(
          401,
          "unauthorized",
          "Send the admin token as \"Authorization: Bearer <token>\" (PODCASTQA_ADMIN_TOKEN).");
    }
  }
}
