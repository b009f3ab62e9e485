package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words a service's JSON times with its own values: seconds as numbers, strings or clocks. */
class WordCuesTests {

  private final ObjectMapper mapper = new ObjectMapper();

  private List<JsonNode> words(String json) throws Exception {
    List<JsonNode> words = new ArrayList<>();
    mapper.readTree(json).forEach(words::add);
    return words;
  }

  @Test
  void wordsAreTimedByTheirJsonSecondsTheEndDefaultingToTheStart() throws Exception {
    WordCues cues = new WordCues();
    for (JsonNode word :
        words(
            "[{\"start\": 1.5, \"end\": \"2.25\", \"w\": \" a \"}, {\"start\": \"3\", \"w\": \"b\"},"
                + " {\"start\": 5, \"end\": 4.5, \"w\": \"c\"}, {\"start\": 6, \"w\": \" \"},"
                + " {\"start\": \"00:01:02.500\", \"end\": 63, \"w\": \"d\"}]")) {
      assertThat(cues.add(word.get("start"), word.get("end"), "Speaker 1", word.get("w").asText()))
          .isTrue();
    }

    assertThat(cues.asListed())
        .containsExactly(
            new Cue(0, 1.5, 2.25, "Speaker 1", "a"),
            new Cue(0, 3, 3, "Speaker 1", "b"),
            new Cue(0, 5, 5, "Speaker 1", "c"),
            new Cue(0, 62.5, 63, "Speaker 1", "d"));
  }

  @Test
  void aWordWhoseStartIsNoTimeIsNotAdded() throws Exception {
    WordCues cues = new WordCues();
    for (JsonNode word :
        words("[{\"start\": \"soon\", \"end\": 2}, {\"end\": 2}, {\"start\": -1, \"end\": 2}]")) {
      assertThat(cues.add(word.get("start"), word.get("end"), null, "late")).isFalse();
    }

    assertThat(cues.isEmpty()).isTrue();
  }
}
