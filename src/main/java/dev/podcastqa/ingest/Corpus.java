package dev.podcastqa.ingest;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Transcripts;
import dev.podcastqa.ingest.source.Problem;
import java.util.List;

/**
 * What an ingest run produced: the episodes, their transcripts, and every problem met on the way.
 */
public record Corpus(List<Episode> episodes, Transcripts transcripts, List<Problem> problems) {

  public Corpus {
    episodes = List.copyOf(episodes);
    problems = List.copyOf(problems);
  }
}
