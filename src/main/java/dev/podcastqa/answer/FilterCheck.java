package dev.podcastqa.answer;

import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.index.ChunkSegments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Holds a question's filters against the catalog before it is answered, so a podcast nobody
 * publishes or filters no episode meets are named as such, not answered "Not found in the
 * episodes". Matches as the index's search filter does: podcasts by name in any case, and an
 * episode with no publication date never within a date range.
 */
public final class FilterCheck {

  private static final int PODCASTS_LISTED = 10;

  private FilterCheck() {}

  /**
   * Why {@code question}'s filters can match no episode of {@code catalog}; empty when they can, or
   * when it has none (an empty catalog is not the filters' fault).
   */
  public static Optional<Refusal> check(Question question, Catalog catalog) {
    if (question.episodeId() == null
        && question.podcast() == null
        && question.from() == null
        && question.to() == null) {
      return Optional.empty();
    }
    List<Episode> episodes = catalog.episodes();
    String podcast = question.podcast();
    if (podcast != null && episodes.stream().noneMatch(e -> samePodcast(e, podcast))) {
      return Optional.of(new Refusal("podcast", unknownPodcast(podcast, episodes)));
    }
    if (episodes.stream().anyMatch(e -> matches(e, question))) {
      return Optional.empty();
    }
    return Optional.of(new Refusal("filters", noneMatch(question, episodes)));
  }

  /**
   * Why filters match nothing: {@code field} is the one at fault ({@code podcast}) or {@code
   * filters} for the combination; {@code detail} is a sentence a listener can act on.
   */
  public record Refusal(String field, String detail) {}

  private static boolean matches(Episode episode, Question question) {
    if (question.episodeId() != null && !question.episodeId().equals(episode.id())) {
      return false;
    }
    if (question.podcast() != null && !samePodcast(episode, question.podcast())) {
      return false;
    }
    if (question.from() == null && question.to() == null) {
      return true;
    }
    LocalDate published = episode.published();
    return published != null
        && (question.from() == null || !published.isBefore(question.from()))
        && (question.to() == null || !published.isAfter(question.to()));
  }

  private static boolean samePodcast(Episode episode, String podcast) {
    return episode.podcast() != null
        && ChunkSegments.podcastKey(episode.podcast()).equals(ChunkSegments.podcastKey(podcast));
  }

  private static String unknownPodcast(String podcast, List<Episode> episodes) {
    TreeSet<String> names = new TreeSet<>();
    episodes.forEach(e -> e.podcastName().ifPresent(names::add));
    if (names.isEmpty()) {
      return "No podcast is named \"" + shorten(podcast) + "\": no episode names its podcast.";
    }
    List<String> listed = names.stream().limit(PODCASTS_LISTED).map(n -> "\"" + n + "\"").toList();
    String more = names.size() > PODCASTS_LISTED ? " and " + (names.size() - listed.size()) : "";
    return "No podcast is named \""
        + shorten(podcast)
        + "\". The podcasts are "
        + String.join(", ", listed)
        + more
        + ".";
  }

  private static String noneMatch(Question question, List<Episode> episodes) {
    List<String> parts = new ArrayList<>();
    if (question.episodeId() != null) {
      parts.add("episode " + question.episodeId());
    }
    if (question.podcast() != null) {
      parts.add("podcast \"" + shorten(question.podcast()) + "\"");
    }
    if (question.from() != null || question.to() != null) {
      parts.add(
          "published"
              + (question.from() == null ? "" : " from " + question.from())
              + (question.to() == null ? "" : " up to " + question.to()));
    }
    String detail = "No episode matches these filters: " + String.join(", ", parts) + ".";
    long undated = episodes.stream().filter(e -> e.published() == null).count();
    if ((question.from() != null || question.to() != null) && undated > 0) {
      detail +=
          " "
              + undated
              + (undated == 1 ? " episode has" : " episodes have")
              + " no publication date, and a date range leaves them out.";
    }
    return detail;
  }

  private static String shorten(String text) {
    return text.length() <= 100 ? text : text.substring(0, 100) + "…";
  }
}
