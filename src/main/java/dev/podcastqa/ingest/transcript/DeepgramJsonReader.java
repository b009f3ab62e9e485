package dev.podcastqa.ingest.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.ingest.source.Problem;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads Deepgram's pre-recorded response: {@code {"metadata": {...}, "results": {"channels":
 * [{"alternatives": [{"transcript": ..., "words": [{"word": "we", "start": 0.32, "end": 0.8,
 * "punctuated_word": "We,", "speaker": 0}], "paragraphs": {...}}]}], "utterances": [...]}}}, times
 * in seconds. The words of each channel's first alternative (their {@code punctuated_word} when
 * smart formatting wrote one) are merged into utterances by {@link UtteranceMerger}; a word's
 * {@code speaker} (diarization) is {@code Speaker N}, and in a file of several channels an
 * undiarized word is its channel's ({@code Channel 1}). A file with no words is read by its {@code
 * utterances}.
 */
final class DeepgramJsonReader extends ServiceJsonReader {

  static final String FORMAT = "deepgram-json";

  private static final Pattern CHANNELS =
      Pattern.compile("\"channels\"\\s*:\\s*\\[\\s*\\{\\s*\"alternatives\"");

  DeepgramJsonReader() {
    super(FORMAT, CHANNELS);
  }

  @Override
  List<Cue> read(JsonNode root, String location, Consumer<Problem> problems) {
    JsonNode results = root.path("results");
    JsonNode channels = results.path("channels");
    WordCues words = new WordCues();
    for (int c = 0; c < channels.size(); c++) {
      String channel = channels.size() > 1 ? "Channel " + (c + 1) : null;
      for (JsonNode word : channels.get(c).path("alternatives").path(0).path("words")) {
        String said = word.path("punctuated_word").asText(word.path("word").asText(""));
        words.add(word.get("start"), word.get("end"), speaker(word, channel), said);
      }
    }
    if (!words.isEmpty()) {
      return words.utterances(location, problems);
    }
    WordCues utterances = new WordCues();
    for (JsonNode utterance : results.path("utterances")) {
      String said = utterance.path("transcript").asText("");
      utterances.add(utterance.get("start"), utterance.get("end"), speaker(utterance, null), said);
    }
    return utterances.asListed();
  }

  private static String speaker(JsonNode node, String channel) {
    JsonNode speaker = node.path("speaker");
    return speaker.canConvertToInt() ? "Speaker " + speaker.asInt() : channel;
  }
}
