package dev.podcastqa.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.episode.Source;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EpisodeCodecTests {

  private static final Episode FULL =
      new Episode(
          "street-talk-2023-06-18",
          "Négociation — a talk in Zürich 🎙",
          "Street Talk",
          LocalDate.of(2023, 6, 18),
          3725,
          new Links("https://example.org/p", "https://example.org/a.mp3", "https://v.example/x"),
          List.of(new Chapter(0, "Intro", ""), new Chapter(95, "Tides", "notes on storage")),
          List.of(
              new Reference(12, "A paper", "https://arxiv.org/abs/1"),
              new Reference(40, "A book", null)),
          "x".repeat(70_000) + " ünïcode",
          List.of(new Source("/e/talk.txt", "page"), new Source("/e/talk.vtt", "vtt")));

  @Test
  void anEpisodeWithEveryFieldSetComesBackEqual() {
    assertThat(EpisodeCodec.decode(ByteBuffer.wrap(EpisodeCodec.encode(FULL)))).isEqualTo(FULL);
  }

  @Test
  void anEpisodeWithOnlyWhatItMustHaveComesBackEqual() {
    Episode bare =
        new Episode("bare", "Bare", null, null, null, null, List.of(), List.of(), null, List.of());

    Episode decoded = EpisodeCodec.decode(ByteBuffer.wrap(EpisodeCodec.encode(bare)));

    assertThat(decoded).isEqualTo(bare);
    assertThat(decoded.podcast()).isNull();
    assertThat(decoded.published()).isNull();
    assertThat(decoded.durationSeconds()).isNull();
  }

  /** Fails when one of the records gains, loses or renames a field: the codec must follow. */
  @Test
  void theCodecKnowsEveryFieldOfTheRecordsItWrites() {
    Map<Class<?>, List<String>> written =
        Map.of(
            Episode.class,
            List.of(
                "id",
                "title",
                "podcast",
                "published",
                "durationSeconds",
                "links",
                "chapters",
                "references",
                "description",
                "sources"),
            Links.class,
            List.of("page", "audio", "video"),
            Chapter.class,
            List.of("startSeconds", "title", "notes"),
            Reference.class,
            List.of("startSeconds", "label", "url"),
            Source.class,
            List.of("location", "format"));

    written.forEach(
        (type, fields) ->
            assertThat(
                    Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList())
                .as(type.getSimpleName())
                .isEqualTo(fields));
  }

  @Test
  void truncatedOrLongerBytesAreDamage() {
    byte[] bytes = EpisodeCodec.encode(FULL);

    for (byte[] damaged :
        List.of(
            Arrays.copyOf(bytes, bytes.length - 1),
            Arrays.copyOf(bytes, 9),
            Arrays.copyOf(bytes, bytes.length + 1))) {
      assertThatThrownBy(() -> EpisodeCodec.decode(ByteBuffer.wrap(damaged)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("damaged Episode");
    }
  }
}
