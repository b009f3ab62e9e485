/**
 * Configuration: every setting named once in {@link dev.podcastqa.config.Setting}, read once at
 * start-up into a {@link dev.podcastqa.config.Config} record.
 *
 * <p>In: environment variables, an optional properties file, command-line overrides. Out: one
 * immutable {@code Config} that the composition root passes to every stage.
 */
package dev.podcastqa.config;
