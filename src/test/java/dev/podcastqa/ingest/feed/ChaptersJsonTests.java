package dev.podcastqa.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChaptersJsonTests {

  private final ChaptersJson chapters = new ChaptersJson();
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void chaptersComeOutInTimeOrderAndEntriesWithoutStartOrTitleAreReported() {
    SourceText json =
        SourceText.of(
            "c.json",
            "{\"chapters\":[{\"startTime\":90.9,\"title\":\"Later\"},"
                + "{\"startTime\":0,\"title\":\"Start\"},{\"title\":\"No start\"},"
                + "{\"startTime\":5}]}");

    assertThat(chapters.read(json, problems::add).chapters())
        .containsExactly(new Chapter(0, "Start"), new Chapter(90, "Later"));
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            "c.json: chapter 3 of 4 has no readable \"startTime\"",
            "c.json: chapter 4 of 4 has no title");
  }

  @Test
  void jsonWithoutAChaptersListFails() {
    assertThatThrownBy(
            () -> chapters.read(SourceText.of("c.json", "{\"segments\":[]}"), problems::add))
        .isInstanceOf(SourceException.class)
        .hasMessage("c.json: no \"chapters\" list in the JSON");
  }
}
