/**
 * Podcasting 2.0 and iTunes RSS feeds, with their chapters and transcripts fetched by URL, and
 * Podcasting 2.0 chapters files on their own.
 *
 * <p>In: feed XML from a file or URL, or a chapters JSON file. Out: one {@link
 * dev.podcastqa.ingest.source.Draft} per item, with chapters from its {@code podcast:chapters}
 * file, else its Podlove chapters, else the chapter lines of its show notes, and a description
 * without show-note clutter; one problem line per item for the linked files it could not read.
 */
package dev.podcastqa.ingest.feed;
