package dev.podcastqa.ingest.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import dev.podcastqa.ingest.source.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads Speechmatics' JSON transcript (format 1.0): {@code {"job": {...}, "speakers": [{"name":
 * "F4", "time": "13.05", "duration": "39.19"}], "words": [{"name": "There", "time": "13.05",
 * "duration": "0.18", "confidence": "1.000"}], "format": "1.0"}}, times and durations in seconds
 * written as strings. Words are merged into utterances by {@link UtteranceMerger}; a punctuation
 * "word" ({@code "."}) goes with the word before it. A word's speaker is the diarized turn it falls
 * in, {@code Speaker F4} (Speechmatics names speakers by gender and number).
 */
final class SpeechmaticsJsonReader extends ServiceJsonReader {

  static final String FORMAT = "speechmatics-json";

  private static final Pattern PUNCTUATION = Pattern.compile("\\p{P}+");

  SpeechmaticsJsonReader() {
    super(
        FORMAT,
        fieldOpening("job", "{"),
        fieldOpening("words", "[{"),
        Pattern.compile("\"duration\""));
  }

  @Override
  List<Cue> read(JsonNode root, String location, Consumer<Problem> problems) {
    List<Turn> turns = turns(root.path("speakers"));
    WordCues words = new WordCues();
    int turn = 0;
    for (JsonNode word : root.path("words")) {
      String name = word.path("name").asText("").strip();
      if (PUNCTUATION.matcher(name).matches()) {
        words.attach(name);
        continue;
      }
      OptionalDouble start = JsonTranscriptReader.seconds(word.get("time"));
      if (start.isEmpty()) {
        continue;
      }
      double at = start.getAsDouble();
      double end = at + JsonTranscriptReader.seconds(word.get("duration")).orElse(0);
      while (turn + 1 < turns.size() && turns.get(turn + 1).start() <= at) {
        turn++;
      }
      String speaker =
          turn < turns.size() && turns.get(turn).start() <= at ? turns.get(turn).speaker() : null;
      words.add(at, end, speaker, name);
    }
    return words.utterances(location, problems);
  }

  /** The diarized turns in time order. */
  private static List<Turn> turns(JsonNode speakers) {
    List<Turn> turns = new ArrayList<>();
    for (JsonNode speaker : speakers) {
      OptionalDouble start = JsonTranscriptReader.seconds(speaker.get("time"));
      String name = speaker.path("name").asText("").strip();
      if (start.isPresent() && !name.isEmpty()) {
        turns.add(new Turn(start.getAsDouble(), "Speaker " + name));
      }
    }
    turns.sort((a, b) -> Double.compare(a.start(), b.start()));
    return turns;
  }

  private record Turn(double start, String speaker) {}
}
