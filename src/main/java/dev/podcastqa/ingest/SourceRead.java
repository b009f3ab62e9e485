package dev.podcastqa.ingest;

import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Problem;
import java.util.List;

/**
 * What reading one input gave: drafts (a page or transcript gives one, a feed many), or a sidecar,
 * and the problems met. {@code stemKey} joins sources named alike in one folder; {@code unread}
 * says the source's text could not be had at all (so reading it again may give more).
 */
public record SourceRead(
    String stemKey,
    boolean feed,
    List<Draft> drafts,
    Sidecar sidecar,
    List<Problem> problems,
    boolean unread) {

  public SourceRead {
    drafts = List.copyOf(drafts);
    problems = List.copyOf(problems);
  }

  static SourceRead failed(String stemKey, Problem problem) {
    return new SourceRead(stemKey, false, List.of(), null, List.of(problem), true);
  }
}
