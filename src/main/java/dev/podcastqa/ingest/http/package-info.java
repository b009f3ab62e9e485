/**
 * Fetching sources over HTTP: the {@link dev.podcastqa.ingest.source.Fetcher} feeds and URL inputs
 * use, with a deadline, a size limit and the charset the server names; and the {@link
 * dev.podcastqa.ingest.source.Transcriber} that sends a feed item's audio to an OpenAI-compatible
 * speech-to-text endpoint, within the same kind of limits.
 *
 * <p>In: an http(s) URL. Out: a {@link dev.podcastqa.ingest.source.SourceText}, or a {@link
 * dev.podcastqa.ingest.source.SourceException} naming the URL and what went wrong.
 */
package dev.podcastqa.ingest.http;
