/**
 * Saved episode pages: recognizes each page shape by its structure (metadata page, YouTube
 * description, Apple Podcasts page, Snipd page, podcast site page, or generic text with timestamps)
 * and reads it into a {@link dev.podcastqa.ingest.Draft}.
 *
 * <p>In: a {@link dev.podcastqa.ingest.SourceText}. Out: one draft whose description holds only
 * answerable text (no site chrome, no sponsor copy, no repeated block).
 */
package dev.podcastqa.ingest.page;
