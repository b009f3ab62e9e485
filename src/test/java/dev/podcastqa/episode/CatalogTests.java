package dev.podcastqa.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogTests {

  private static final List<Segment> SAID = List.of(new Segment(0, 4, "Host", "Welcome."));
  private static final List<Segment> SAID_AGAIN =
      List.of(new Segment(0, 4, "Host", "Welcome back."), new Segment(4, 9, null, "Today."));

  @Test
  void theCatalogHandsOutEachEpisodesTranscriptFromWhereItIsKept() {
    Catalog catalog =
        new Catalog(List.of(episode("one"), episode("two")), Transcripts.kept(Map.of("one", SAID)));

    assertThat(catalog.transcript("one")).isEqualTo(SAID);
    assertThat(catalog.hasTranscript("one")).isTrue();
    assertThat(catalog.transcript("two")).isEmpty();
    assertThat(catalog.hasTranscript("two")).isFalse();
    assertThat(catalog.transcript("unknown")).isEmpty();
  }

  @Test
  void anEmptyTranscriptIsKeptAsNone() {
    Transcripts kept = Transcripts.kept(Map.of("one", List.of()));

    assertThat(kept.has("one")).isFalse();
    assertThat(kept.of("one")).isEmpty();
  }

  @Test
  void putAllShowsOldAndNewTogetherAndRestoreGoesBack() {
    Catalog catalog =
        new Catalog(List.of(episode("one"), episode("two")), Transcripts.kept(Map.of("one", SAID)));
    Catalog.State earlier = catalog.state();

    catalog.putAll(
        List.of(episode("two"), episode("three")),
        Transcripts.kept(Map.of("two", SAID_AGAIN, "three", SAID)));

    assertThat(catalog.episodes()).extracting(Episode::id).containsExactly("one", "two", "three");
    assertThat(catalog.transcript("one")).isEqualTo(SAID);
    assertThat(catalog.transcript("two")).isEqualTo(SAID_AGAIN);
    assertThat(catalog.transcript("three")).isEqualTo(SAID);

    catalog.restore(earlier);
    assertThat(catalog.episodes()).extracting(Episode::id).containsExactly("one", "two");
    assertThat(catalog.transcript("two")).isEmpty();
    assertThat(catalog.find("three")).isEmpty();
  }

  @Test
  void twoEpisodesWithOneIdLeaveTheCatalogAsItWas() {
    Catalog catalog = new Catalog(List.of(episode("one")), Transcripts.NONE);

    assertThatThrownBy(
            () -> catalog.replaceAll(List.of(episode("two"), episode("two")), Transcripts.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two");
    assertThat(catalog.episodes()).extracting(Episode::id).containsExactly("one");
  }

  private static Episode episode(String id) {
    return new Episode(
        id,
        "Episode " + id,
        "A Podcast",
        null,
        null,
        Links.NONE,
        List.of(),
        List.of(),
        "",
        List.of(new Source(id + ".vtt", "webvtt")));
  }
}
