package dev.podcastqa.cli;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.ingest.Problem;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@code ingest --json} prints: each episode with its chapters, references and sources, the
 * transcript as a segment count, and every problem with file, line and reason.
 */
record IngestReport(List<EpisodeRow> episodes, List<Problem> problems) {

  static IngestReport of(Corpus corpus) {
    return new IngestReport(
        corpus.episodes().stream().map(EpisodeRow::of).toList(), corpus.problems());
  }

  /** One episode as the report shows it. */
  record EpisodeRow(
      String id,
      String title,
      String podcast,
      LocalDate published,
      Integer durationSeconds,
      Links links,
      List<Chapter> chapters,
      List<Reference> references,
      String description,
      int segments,
      List<Source> sources) {

    static EpisodeRow of(Episode e) {
      return new EpisodeRow(
          e.id(),
          e.title(),
          e.podcast(),
          e.published(),
          e.durationSeconds(),
          e.links(),
          e.chapters(),
          e.references(),
          e.description(),
          e.transcript().size(),
          e.sources());
    }
  }
}
