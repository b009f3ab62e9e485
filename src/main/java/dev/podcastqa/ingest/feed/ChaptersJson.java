package dev.podcastqa.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.ingest.source.InvalidJson;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads Podcasting 2.0 JSON chapters ({@code {"chapters":[{"startTime":0,"title":"Intro"}]}}),
 * leaving out entries marked {@code "toc": false}; fractional starts are rounded down to the
 * second, and a chapter's {@code url} becomes a reference at its start.
 */
final class ChaptersJson {

  /** The chapters of one file, and the links they carry. */
  record Read(List<Chapter> chapters, List<Reference> references) {

    Read {
      chapters = List.copyOf(chapters);
      references = List.copyOf(references);
    }
  }

  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * The chapters of {@code text} in time order; entries that cannot be read go to {@code problems}.
   *
   * @throws SourceException when the text is not JSON or has no {@code chapters} list
   */
  Read read(SourceText text, Consumer<Problem> problems) {
    JsonNode root;
    try {
      root = mapper.readTree(text.content());
    } catch (JsonProcessingException e) {
      throw InvalidJson.at(text.location(), e);
    }
    JsonNode list = root == null ? null : root.get("chapters");
    if (list == null || !list.isArray()) {
      throw new SourceException(text.location(), 0, "no \"chapters\" list in the JSON");
    }
    List<Chapter> chapters = new ArrayList<>();
    List<Reference> references = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode entry = list.get(i);
      if (entry.path("toc").isBoolean() && !entry.path("toc").asBoolean()) {
        continue;
      }
      JsonNode start = entry.get("startTime");
      String title = entry.path("title").asText("").strip();
      if (start == null || !start.isNumber() || start.asDouble() < 0 || title.isEmpty()) {
        String why = title.isEmpty() ? "has no title" : "has no readable \"startTime\"";
        problems.accept(
            new Problem(
                text.location(), 0, "chapter " + (i + 1) + " of " + list.size() + " " + why));
        continue;
      }
      int second = (int) Math.floor(start.asDouble());
      chapters.add(new Chapter(second, title));
      String url = entry.path("url").asText("").strip();
      if (!url.isEmpty()) {
        references.add(new Reference(second, title, url));
      }
    }
    chapters.sort(Comparator.comparingInt(Chapter::startSeconds));
    return new Read(chapters, references);
  }
}
