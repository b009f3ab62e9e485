/**
 * Ingest: reads episode pages, transcripts, feeds and sidecars into {@link
 * dev.podcastqa.episode.Episode}s, merging the sources of one episode.
 *
 * <p>In: files, folders and URLs. Out: a {@link dev.podcastqa.ingest.Corpus} of episodes plus one
 * {@link dev.podcastqa.ingest.Problem} per thing that could not be read; a broken source never
 * stops the others. Limits lose nothing else: overlong titles are cut, files over the size setting
 * skipped, symbolic links out of the folder not followed and links that are not http(s) dropped,
 * each with a problem line.
 */
package dev.podcastqa.ingest;
