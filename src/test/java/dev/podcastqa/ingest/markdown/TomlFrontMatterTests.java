package dev.podcastqa.ingest.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class TomlFrontMatterTests {

  @Test
  void extraTableKeysAreReadAsTopLevelOnes() {
    ObjectNode fields =
        TomlFrontMatter.fields(
            List.of(
                "title = \"Xe Iaso on Tailscale\"",
                "",
                "[extra]",
                "episode_url = \"https://pinecast.com/listen/e1df.mp3\"",
                "social_banner = \"050-anita-alvaro.png\""));

    assertThat(fields.path("title").asText()).isEqualTo("Xe Iaso on Tailscale");
    assertThat(fields.path("episode_url").asText())
        .isEqualTo("https://pinecast.com/listen/e1df.mp3");
    assertThat(fields.path("social_banner").asText()).isEqualTo("050-anita-alvaro.png");
  }

  @Test
  void aTopLevelKeyWinsOverTheSameKeyInExtra() {
    ObjectNode fields =
        TomlFrontMatter.fields(
            List.of("title = \"The page's own title\"", "[extra]", "title = \"A social title\""));

    assertThat(fields.path("title").asText()).isEqualTo("The page's own title");
  }

  @Test
  void keysOfOtherTablesAreNotTopLevel() {
    ObjectNode fields =
        TomlFrontMatter.fields(
            List.of(
                "title = \"Episode 12\"",
                "[taxonomies]",
                "date = \"2020-01-01\"",
                "[[extra.guests]]",
                "duration = \"10:00\"",
                "[extra.social]",
                "audio = \"https://example.org/banner.mp3\"",
                "[extra]",
                "date = \"2024-03-05\""));

    assertThat(fields.path("title").asText()).isEqualTo("Episode 12");
    assertThat(fields.path("date").asText()).isEqualTo("2024-03-05");
    assertThat(fields.has("duration")).isFalse();
    assertThat(fields.has("audio")).isFalse();
  }
}
