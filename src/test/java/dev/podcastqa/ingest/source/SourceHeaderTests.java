package dev.podcastqa.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceHeaderTests {

  private final List<Problem> problems = new ArrayList<>();

  @Test
  void episodeUrlToAnAudioFileIsTheAudio() {
    SourceHeader header = header(Map.of("episode_url", "https://pinecast.com/listen/e1df0216.mp3"));

    assertThat(header.links().audio()).isEqualTo("https://pinecast.com/listen/e1df0216.mp3");
    assertThat(header.links().page()).isNull();
    assertThat(problems).isEmpty();
  }

  @Test
  void episodeUrlToAPageIsThePageAndAnAudioFieldStillWins() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("audio_url", "https://cdn.example.org/12.mp3");
    fields.put("episode_url", "https://example.org/episodes/12");

    SourceHeader header = header(fields);

    assertThat(header.links().audio()).isEqualTo("https://cdn.example.org/12.mp3");
    assertThat(header.links().page()).isEqualTo("https://example.org/episodes/12");
  }

  /** The front matter of a transcript in cdeistopened/Encyclopeatia (Ask the Herb Doctor, 2011). */
  @Test
  void schemaOrgsDatePublishedDatesTheEpisode() {
    SourceHeader header = header(Map.of("date_published", "2011-08-19"));

    assertThat(header.published()).isEqualTo(LocalDate.of(2011, 8, 19));
    assertThat(problems).isEmpty();
  }

  private SourceHeader header(Map<String, String> fields) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    fields.forEach((k, v) -> lists.put(k, List.of(v)));
    return SourceHeader.of(lists, "index.md", 1, problems::add);
  }
}
