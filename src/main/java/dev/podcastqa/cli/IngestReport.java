package dev.podcastqa.cli;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.Corpus;
import dev.podcastqa.ingest.source.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What {@code ingest --json} prints: each episode with its chapters, references and sources, the
 * transcript as a segment count, the start seconds of its first and last segments and its speakers,
 * and every problem with file, line and reason.
 */
record IngestReport(List<EpisodeRow> episodes, List<Problem> problems) {

  static IngestReport of(Corpus corpus) {
    return new IngestReport(
        corpus.episodes().stream()
            .map(e -> EpisodeRow.of(e, corpus.transcripts().of(e.id())))
            .toList(),
        corpus.problems());
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
      Double firstSecond,
      Double lastSecond,
      List<String> speakers,
      List<Source> sources) {

    static EpisodeRow of(Episode e, List<Segment> transcript) {
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
          transcript.size(),
          transcript.isEmpty() ? null : transcript.get(0).startSeconds(),
          transcript.isEmpty() ? null : transcript.get(transcript.size() - 1).startSeconds(),
          speakers(transcript),
          e.sources());
    }

    /** The speakers of the transcript, each once, in the order they first speak. */
    static List<String> speakers(List<Segment> transcript) {
      return transcript.stream().map(Segment::speaker).filter(Objects::nonNull).distinct().toList();
    }
  }
}
