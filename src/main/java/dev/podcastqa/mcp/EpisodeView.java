package dev.podcastqa.mcp;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.episode.Timecode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The content of an {@code episode://{id}} resource: the episode with its timed chapters and
 * references, each with a deep link to its moment. The transcript is left out (it can be large);
 * {@code get_transcript} reads it a window at a time.
 *
 * @param url the service's page for the episode
 * @param transcriptSegments how many segments its transcript has (0 for none)
 */
record EpisodeView(
    String id,
    String title,
    String podcast,
    LocalDate published,
    Integer durationSeconds,
    String duration,
    String url,
    Links links,
    String description,
    List<Moment> chapters,
    List<Moment> references,
    int transcriptSegments) {

  EpisodeView {
    chapters = List.copyOf(chapters);
    references = List.copyOf(references);
  }

  /**
   * A chapter or reference at its second.
   *
   * @param link where a reference itself lives (a paper, a tool), or null
   * @param url a deep link that plays the episode from that second
   */
  record Moment(int startSeconds, String timestamp, String title, String link, String url) {}

  /**
   * The view of {@code episode}, whose transcript has {@code segments} segments; {@code momentUrl}
   * links to a second of it.
   */
  static EpisodeView of(Episode episode, int segments, String url, IntFunction<String> momentUrl) {
    Integer seconds = episode.durationSeconds();
    return new EpisodeView(
        episode.id(),
        episode.title(),
        episode.podcast(),
        episode.published(),
        seconds,
        seconds == null ? null : Timecode.format(seconds),
        url,
        episode.links(),
        episode.description(),
        episode.chapters().stream().map(c -> chapter(c, momentUrl)).toList(),
        episode.references().stream().map(r -> reference(r, momentUrl)).toList(),
        segments);
  }

  private static Moment chapter(Chapter chapter, IntFunction<String> momentUrl) {
    int start = chapter.startSeconds();
    return new Moment(start, Timecode.format(start), chapter.title(), null, momentUrl.apply(start));
  }

  private static Moment reference(Reference reference, IntFunction<String> momentUrl) {
    int start = reference.startSeconds();
    return new Moment(
        start, Timecode.format(start), reference.label(), reference.url(), momentUrl.apply(start));
  }
}
