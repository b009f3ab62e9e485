/**
 * The composition root: builds every stage from one {@link dev.podcastqa.config.Config} and hands
 * the wired services to the command line and the HTTP server.
 *
 * <p>In: a {@code Config}. Out: the ingester, the loaded index, the answer service, Discord's parts
 * (the bot only when a Discord setting turns it on) and the unstarted web app.
 */
package dev.podcastqa.app;
