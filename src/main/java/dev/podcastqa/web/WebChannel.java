package dev.podcastqa.web;

import io.javalin.config.JavalinConfig;

/**
 * A further way in to the same services, mounted in the web app beside the API and the pages (the
 * OpenAI-compatible API, MCP): it adds its own routes, filters or servlets under one path prefix,
 * and says what body an error Jetty answers itself (a body over the size limit) gets there.
 */
public interface WebChannel {

  /** The start of every path this channel serves, e.g. {@code /v1/}. */
  String pathPrefix();

  /** Adds the channel's routes, filters and servlets to the app being built. */
  void addTo(JavalinConfig config);

  /**
   * The JSON body for a request under {@link #pathPrefix()} that Jetty refused with {@code status}.
   */
  byte[] errorBody(int status);

  /**
   * The JSON body for a request under {@link #pathPrefix()} refused before it reached the channel
   * with {@code status}, a stable {@code code} and a {@code detail} saying what is wrong, in the
   * channel's own error shape; by default the body for {@code status} alone.
   */
  default byte[] errorBody(int status, String code, String detail) {
    return errorBody(status);
  }

  /** Releases what the channel holds when the app stops; nothing by default. */
  default void close() {}
}
