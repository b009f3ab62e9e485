/**
 * JSON: the one Jackson configuration every channel uses, so the API, {@code ask --json} and {@code
 * ingest --json} print the same shapes.
 *
 * <p>In: nothing. Out: configured {@link com.fasterxml.jackson.databind.ObjectMapper}s.
 */
package dev.podcastqa.json;
