/**
 * Podcasting 2.0 and iTunes RSS feeds, with their chapters and transcripts fetched by URL.
 *
 * <p>In: feed XML from a file or URL. Out: one {@link dev.podcastqa.ingest.Draft} per item.
 */
package dev.podcastqa.ingest.feed;
