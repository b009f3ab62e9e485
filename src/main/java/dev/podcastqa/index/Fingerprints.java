package dev.podcastqa.index;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Transcripts;

/** What names an episode's chunker input, the same way on every run for the same content. */
@FunctionalInterface
public interface Fingerprints {
  String of(Episode episode, Transcripts transcripts);
}
