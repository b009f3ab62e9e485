package dev.podcastqa.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Source;
import dev.podcastqa.episode.Timecode;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code GET /api/episodes/{id}}: the episode with its timed chapters and references,
 * each linking to its moment on the episode page. The transcript is left out unless asked for, as
 * it can be far larger than everything else.
 *
 * @param transcriptSegments how many segments the transcript has
 * @param transcript the segments, or null (and absent from the JSON) unless requested
 */
record EpisodeDetail(
    String id,
    String title,
    String podcast,
    LocalDate published,
    Integer durationSeconds,
    String duration,
    Links links,
    String url,
    String description,
    List<ChapterView> chapters,
    List<ReferenceView> references,
    List<SourceView> sources,
    int transcriptSegments,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Segment> transcript) {

  static EpisodeDetail of(Episode episode, List<Segment> transcript, boolean withTranscript) {
    String id = episode.id();
    return new EpisodeDetail(
        id,
        episode.title(),
        episode.podcast(),
        episode.published(),
        episode.durationSeconds(),
        EpisodeSummary.clock(episode.durationSeconds()),
        episode.links(),
        EpisodeUrls.page(id),
        episode.description(),
        episode.chapters().stream().map(c -> ChapterView.of(id, c)).toList(),
        episode.references().stream().map(r -> ReferenceView.of(id, r)).toList(),
        episode.sources().stream().map(SourceView::of).toList(),
        transcript.size(),
        withTranscript ? transcript : null);
  }

  /**
   * A chapter with its clock time and its moment on the episode page.
   *
   * @param sponsor true for an ad break, which players may skip and suggestions leave out
   */
  record ChapterView(
      int startSeconds, String timestamp, String title, String notes, boolean sponsor, String url) {

    static ChapterView of(String episodeId, Chapter chapter) {
      int start = chapter.startSeconds();
      return new ChapterView(
          start,
          Timecode.format(start),
          chapter.title(),
          chapter.notes(),
          chapter.isSponsorBreak(),
          EpisodeUrls.moment(episodeId, start));
    }
  }

  /**
   * A reference with its clock time and its moment on the episode page.
   *
   * @param link where the reference itself lives (a paper, a tool), or null
   */
  record ReferenceView(int startSeconds, String timestamp, String label, String link, String url) {

    static ReferenceView of(String episodeId, Reference reference) {
      int start = reference.startSeconds();
      return new ReferenceView(
          start,
          Timecode.format(start),
          reference.label(),
          reference.url(),
          EpisodeUrls.moment(episodeId, start));
    }
  }

  /**
   * Where the episode was read from. A web address is shown whole; a local file only by its name,
   * so the API does not reveal the server's directories.
   */
  record SourceView(String location, String format) {

    static SourceView of(Source source) {
      String location = source.location();
      if (!location.startsWith("http://") && !location.startsWith("https://")) {
        location =
            location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf('\\')) + 1);
      }
      return new SourceView(location, source.format());
    }
  }
}
