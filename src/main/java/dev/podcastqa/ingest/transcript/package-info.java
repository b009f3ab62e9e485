/**
 * Transcripts: WebVTT, SRT, Podcasting 2.0 JSON and timestamped plain text, read into timed {@link
 * dev.podcastqa.episode.Segment}s.
 *
 * <p>In: a {@link dev.podcastqa.ingest.SourceText}. Out: utterances in time order; cues that cannot
 * be read are reported as problems and skipped.
 */
package dev.podcastqa.ingest.transcript;
