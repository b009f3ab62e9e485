package dev.podcastqa.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Durations;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A pipeline's {@code PREFIX_topics.json} beside an episode's transcript (cannonQ's
 * ergo-transcripts): {@code {"call_title": ..., "topics": [{"title": ..., "start_time": "01:40",
 * "summary": ...}]}}. Its topics are the episode's chapters; it joins the transcript by the sibling
 * files' stem, as a chapters file does. A topics file whose topics have no start time (a chat's
 * weekly topics) is no episode's chapters and is not read as one.
 */
final class TopicsFile {

  /** The format named for the source. */
  static final String FORMAT = "topics-json";

  private static final Pattern NAME = Pattern.compile("(?i).*_topics\\.json$");

  private TopicsFile() {}

  /** Whether {@code node}, read from {@code fileName}, is such a file: every topic is timed. */
  static boolean isTopics(String fileName, JsonNode node) {
    JsonNode topics = node.path("topics");
    if (!NAME.matcher(fileName).matches() || !topics.isArray() || topics.isEmpty()) {
      return false;
    }
    for (JsonNode topic : topics) {
      if (!topic.path("start_time").isTextual() || !topic.path("title").isTextual()) {
        return false;
      }
    }
    return true;
  }

  /** The topics as a draft with chapters and no title; a topic with no clock time is a problem. */
  static Draft read(SourceText text, JsonNode node, Consumer<Problem> problems) {
    List<Chapter> chapters = new ArrayList<>();
    JsonNode topics = node.path("topics");
    for (int i = 0; i < topics.size(); i++) {
      JsonNode topic = topics.get(i);
      String start = topic.path("start_time").asText();
      String title = topic.path("title").asText();
      OptionalInt seconds = Durations.parse(start);
      if (seconds.isEmpty() || title.isBlank()) {
        String why = seconds.isEmpty() ? "starts at '" + start + "', no time" : "has no title";
        problems.accept(
            new Problem(
                text.location(), 0, "topic " + (i + 1) + " of " + topics.size() + " " + why));
        continue;
      }
      chapters.add(new Chapter(seconds.getAsInt(), title));
    }
    chapters.sort(Comparator.comparingInt(Chapter::startSeconds));
    return Draft.builder(new Source(text.location(), FORMAT)).chapters(chapters).build();
  }
}
