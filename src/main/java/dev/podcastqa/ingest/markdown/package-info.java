/**
 * Markdown documents: YAML front matter read as the header of an episode and the body turned into
 * plain text, line numbers kept.
 *
 * <p>In: a {@link dev.podcastqa.ingest.source.SourceText}. Out: a {@link
 * dev.podcastqa.ingest.markdown.MarkdownDocument} whose body the transcript or page readers read;
 * front matter never becomes answerable text, and headings with a time ({@link
 * dev.podcastqa.ingest.markdown.TimedHeadings}) may be the episode's chapters.
 */
package dev.podcastqa.ingest.markdown;
