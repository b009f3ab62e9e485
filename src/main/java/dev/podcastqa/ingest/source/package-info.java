/**
 * What every reader of ingest shares, and nothing that reads: the text of one source ({@link
 * dev.podcastqa.ingest.source.SourceText}), the draft an episode is built in ({@link
 * dev.podcastqa.ingest.source.Draft}), problem lines and the failure that carries one, the header
 * fields a file may state about its episode, dates, durations, HTML and show-note text, and the
 * {@link dev.podcastqa.ingest.source.Fetcher} feeds fetch linked files with.
 *
 * <p>In: text. Out: values the page, transcript, Markdown and feed readers and the ingester pass
 * between them. This package imports no other ingest package: the readers depend on it, never the
 * other way round.
 */
package dev.podcastqa.ingest.source;
