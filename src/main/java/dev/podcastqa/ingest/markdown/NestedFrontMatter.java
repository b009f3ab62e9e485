package dev.podcastqa.ingest.markdown;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The header fields that front matter gives in a nested object rather than at the top, as sites
 * that save podcast pages for a knowledge base write them (romansklenar/rails-codex, from
 * 37signals.com's REWORK pages):
 *
 * <pre>
 * source:
 *   type: podcast
 *   title: REWORK
 *   url: https://37signals.com/podcast/breadcamp/
 * </pre>
 *
 * <p>A {@code source} of type podcast (or of no type) names the podcast with its {@code title} or
 * {@code name}, and its {@code url} or {@code link} is the page the document was saved from, the
 * episode's page. A {@code podcast}, {@code show}, {@code series} or {@code channel} object names
 * the podcast the same way; its link is the show's home, not the episode's, and is left out.
 */
final class NestedFrontMatter {

  private static final Set<String> SHOW_OBJECTS = Set.of("podcast", "show", "series", "channel");
  private static final List<String> NAME_KEYS = List.of("title", "name");
  private static final List<String> LINK_KEYS = List.of("url", "link");

  private NestedFrontMatter() {}

  /**
   * Adds to {@code fields} (flat header keys to values) what the nested object {@code value} under
   * {@code key} says: {@code podcast} and, for a source, {@code url}; a key already there is kept.
   */
  static void addTo(Map<String, List<String>> fields, String key, JsonNode value) {
    if (!value.isObject()) {
      return;
    }
    String name = key.strip().toLowerCase(Locale.ROOT);
    boolean source = name.equals("source") && isPodcast(value.get("type"));
    if (!source && !SHOW_OBJECTS.contains(name)) {
      return;
    }
    first(value, NAME_KEYS).ifPresent(show -> fields.putIfAbsent("podcast", List.of(show)));
    if (source) {
      first(value, LINK_KEYS).ifPresent(page -> fields.putIfAbsent("url", List.of(page)));
    }
  }

  private static boolean isPodcast(JsonNode type) {
    return type == null
        || type.isNull()
        || type.asText().strip().toLowerCase(Locale.ROOT).equals("podcast");
  }

  private static Optional<String> first(JsonNode object, List<String> keys) {
    for (String key : keys) {
      JsonNode field = object.get(key);
      if (field != null && field.isValueNode() && !field.asText().isBlank()) {
        return Optional.of(field.asText().strip());
      }
    }
    return Optional.empty();
  }
}
