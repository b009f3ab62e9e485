package dev.podcastqa.ingest.markdown;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.episode.Chapter;
import java.util.ArrayList;
import java.util.List;

/**
 * The chapters a page's front matter holds as a Podcasting 2.0 chapters object, as Jupiter
 * Broadcasting's Hugo pages keep the episode's chapters file: {@code "podcast_chapters":
 * {"version": "1.1.0", "chapters": [{"startTime": 104.0, "title": "Housekeeping", "toc": null}]}}.
 * Entries with {@code "toc": false} are not listed, entries with no title or a negative time are
 * left out, and the chapters are kept only when their times never go back.
 */
final class FrontMatterChapters {

  private static final String FIELD = "podcast_chapters";

  private FrontMatterChapters() {}

  /** The chapters of {@code fields}, the parsed front matter; empty without any. */
  static List<Chapter> of(JsonNode fields) {
    List<Chapter> chapters = new ArrayList<>();
    int last = -1;
    for (JsonNode entry : fields.path(FIELD).path("chapters")) {
      JsonNode start = entry.get("startTime");
      String title = entry.path("title").asText("").strip();
      if (start == null || !start.isNumber() || title.isEmpty()) {
        continue;
      }
      if (entry.path("toc").isBoolean() && !entry.get("toc").asBoolean()) {
        continue;
      }
      int second = (int) Math.floor(start.asDouble());
      if (second < 0 || second < last) {
        return List.of();
      }
      last = second;
      chapters.add(new Chapter(second, title));
    }
    return List.copyOf(chapters);
  }
}
