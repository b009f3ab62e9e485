package dev.podcastqa.ingest.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.ingest.source.Problem;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads AssemblyAI's transcript JSON: {@code {"audio_url": ..., "words": [{"text": "Welcome",
 * "start": 410, "end": 574, "speaker": "A"}], "utterances": [{"speaker": "A", "start": 410, "end":
 * 1743010, "text": ...}]}}, times in milliseconds. The words are merged into utterances by {@link
 * UtteranceMerger} (AssemblyAI's own utterances run as long as a speaker does, half an hour for a
 * monologue); a word's speaker is its {@code speaker}, or that of the utterance it falls in, as
 * {@code Speaker A}. A file with utterances and no words is read by its utterances.
 */
final class AssemblyAiJsonReader extends ServiceJsonReader {

  static final String FORMAT = "assemblyai-json";

  private static final Pattern WORDS = Pattern.compile("\"(?:words|utterances)\"\\s*:\\s*\\[");
  private static final double MS = 1000;

  AssemblyAiJsonReader() {
    super(FORMAT, fieldOpening("audio_url", ""), WORDS);
  }

  @Override
  List<Cue> read(JsonNode root, String location, Consumer<Problem> problems) {
    JsonNode utterances = root.path("utterances");
    if (!root.path("words").isArray() || root.path("words").isEmpty()) {
      WordCues cues = new WordCues();
      for (JsonNode utterance : utterances) {
        timed(utterance, label(utterance.path("speaker")), location, problems, cues);
      }
      return cues.asListed();
    }
    WordCues words = new WordCues();
    int at = 0;
    for (JsonNode word : root.get("words")) {
      long start = word.path("start").asLong(-1);
      while (at < utterances.size() && utterances.get(at).path("end").asLong(0) < start) {
        at++;
      }
      String speaker = label(word.path("speaker"));
      if (speaker == null && at < utterances.size()) {
        speaker = label(utterances.get(at).path("speaker"));
      }
      timed(word, speaker, location, problems, words);
    }
    return words.utterances(location, problems);
  }

  /** Adds {@code node}'s text at its millisecond times, or reports it. */
  private static void timed(
      JsonNode node, String speaker, String location, Consumer<Problem> problems, WordCues cues) {
    String said = node.path("text").asText("");
    if (!node.path("start").canConvertToLong() || node.path("start").asLong() < 0) {
      problems.accept(
          new Problem(
              location, 0, "\"" + said.strip() + "\" has no start in milliseconds; skipped"));
      return;
    }
    double start = node.get("start").asLong() / MS;
    double end = node.path("end").canConvertToLong() ? node.get("end").asLong() / MS : start;
    cues.add(start, end, speaker, said);
  }

  private static String label(JsonNode speaker) {
    return speaker.isTextual() && !speaker.asText().isBlank()
        ? "Speaker " + speaker.asText().strip()
        : null;
  }
}
