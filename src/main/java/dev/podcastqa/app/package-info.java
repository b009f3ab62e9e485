/**
 * The composition root: builds every stage from one {@link dev.podcastqa.config.Config} and hands
 * the wired services to the command line and the HTTP server.
 *
 * <p>In: a {@code Config}. Out: the ingester, the loaded index, the answer service and the
 * unstarted web app.
 */
package dev.podcastqa.app;
