/**
 * Configuration: every setting named once in {@link dev.podcastqa.config.Setting}, read once at
 * start-up into a {@link dev.podcastqa.config.Config} record. A setting with a fixed set of values
 * (answer provider, store, embedding model) is parsed once into its enum, and a value outside the
 * set stops start-up with a message naming the setting and every allowed value.
 *
 * <p>In: environment variables, an optional properties file, command-line overrides. Out: one
 * immutable {@code Config} that the composition root passes to every stage.
 */
package dev.podcastqa.config;
