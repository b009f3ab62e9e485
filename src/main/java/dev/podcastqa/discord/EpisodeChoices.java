package dev.podcastqa.discord;

import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Episode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Autocomplete for {@code /ask}'s {@code episode} option: the episodes whose title, podcast or id
 * hold every word typed so far, newest first, at most {@link #MAX} (Discord's limit). Each choice
 * shows the title and podcast and fills in the episode id.
 */
final class EpisodeChoices {

  static final int MAX = 25;
  private static final int MAX_NAME = 100;

  private final Catalog catalog;

  EpisodeChoices(Catalog catalog) {
    this.catalog = catalog;
  }

  List<InteractionResponse.Choice> matching(String typed) {
    List<String> words =
        typed == null
            ? List.of()
            : Arrays.stream(typed.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(word -> !word.isEmpty())
                .toList();
    return catalog.episodes().stream()
        .filter(episode -> episode.id().length() <= MAX_NAME)
        .filter(episode -> words.stream().allMatch(haystack(episode)::contains))
        .sorted(
            Comparator.comparing(
                    Episode::published, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                .thenComparing(Episode::title))
        .limit(MAX)
        .map(episode -> new InteractionResponse.Choice(name(episode), episode.id()))
        .toList();
  }

  private static String haystack(Episode episode) {
    return (episode.title() + " " + episode.podcastName().orElse("") + " " + episode.id())
        .toLowerCase(Locale.ROOT);
  }

  private static String name(Episode episode) {
    String name =
        episode.title().strip() + episode.podcastName().map(p -> " · " + p.strip()).orElse("");
    return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…";
  }
}
