/**
 * Saved episode pages: recognizes each page shape by its structure (metadata page, YouTube
 * description, Apple Podcasts page, Snipd page, podcast site page, or generic text with timestamps)
 * and reads it into a {@link dev.podcastqa.ingest.source.Draft}.
 *
 * <p>In: a {@link dev.podcastqa.ingest.source.SourceText}. Out: one draft whose description holds
 * only answerable text (no site chrome, no sponsor copy or other show-note clutter, no repeated
 * block). It also tells the ingester when show notes with timestamped chapter lines are a page
 * rather than a transcript.
 */
package dev.podcastqa.ingest.page;
