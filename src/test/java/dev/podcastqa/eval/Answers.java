package dev.podcastqa.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.answer.Answer;
import dev.podcastqa.answer.Citation;
import dev.podcastqa.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-made answers for the eval tests: citations of an episode at a second or untimed, numbered in
 * the order given. Citations are read from the answer contract's JSON, so a field the record gains
 * (or a start second that becomes nullable) changes nothing here.
 */
final class Answers {

  private static final ObjectMapper MAPPER = Json.newMapper();

  private Answers() {}

  /** A cited passage of {@code episode} starting at {@code second}. */
  static Citation at(String episode, int second) {
    Map<String, Object> json = common(episode);
    json.put("startSeconds", second);
    json.put(
        "timestamp", String.format("%02d:%02d:%02d", second / 3600, second / 60 % 60, second % 60));
    json.put("url", "https://example.org/" + episode + "#t=" + second);
    json.put("episodeUrl", "/episodes/" + episode + "?t=" + second);
    return MAPPER.convertValue(json, Citation.class);
  }

  /** A cited passage of {@code episode} with no time (untimed show notes). */
  static Citation untimed(String episode) {
    Map<String, Object> json = common(episode);
    json.put("url", "https://example.org/" + episode);
    json.put("episodeUrl", "/episodes/" + episode);
    return MAPPER.convertValue(json, Citation.class);
  }

  private static Map<String, Object> common(String episode) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("n", 1);
    json.put("episodeId", episode);
    json.put("episodeTitle", "Title of " + episode);
    json.put("podcast", "Podcast");
    json.put("quote", "a quote");
    return json;
  }

  static Answer answered(Citation... citations) {
    List<Citation> numbered = new ArrayList<>();
    for (Citation c : citations) {
      numbered.add(c.renumbered(numbered.size() + 1));
    }
    return new Answer("an answer", true, Answer.Mode.EXTRACTIVE, null, numbered, null);
  }

  static Answer refused() {
    return new Answer(
        "Not found in the episodes.", false, Answer.Mode.EXTRACTIVE, null, List.of(), null);
  }
}
