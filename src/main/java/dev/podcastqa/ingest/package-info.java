/**
 * Ingest: reads episode pages, transcripts, Markdown documents, feeds and sidecars into {@link
 * dev.podcastqa.episode.Episode}s, merging the sources of one episode. Parsing only: the {@link
 * dev.podcastqa.ingest.Ingester} lists the sources, reads each one and assembles the corpus, and
 * keeps nothing between runs (the start-up cache layer, {@code dev.podcastqa.cache}, wraps it).
 *
 * <p>In: files, folders and URLs. Out: a {@link dev.podcastqa.ingest.Corpus} of episodes, their
 * transcripts, and one {@link dev.podcastqa.ingest.source.Problem} per thing that could not be
 * read, or was read with a guess the user should confirm (a transcript, or a page with no title
 * line, titled from its file name); a broken source never stops the others. A transcript with
 * nothing beside it is an episode of its own. Limits lose nothing else: overlong titles are cut,
 * files over the size setting skipped, symbolic links out of the folder not followed and links that
 * are not http(s) dropped, each with a problem line.
 *
 * <p>Inside, the arrows run one way: this package uses the readers ({@code page}, {@code
 * transcript}, {@code markdown}, {@code feed}); they use {@code source}, which uses none of them;
 * {@code http} fetches for feeds and URL inputs through {@code source}'s {@code Fetcher}.
 */
package dev.podcastqa.ingest;
