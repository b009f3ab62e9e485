/**
 * The command line: picocli subcommands ({@code ingest}, {@code serve}, {@code ask}, {@code eval},
 * ...) over the composition root, with exit codes mapped in one place.
 *
 * <p>In: arguments and environment. Out: text or JSON on standard output, problems on standard
 * error, an exit code.
 */
package dev.podcastqa.cli;
