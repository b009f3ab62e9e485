package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Source;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.data.Offset;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Real files of the fourth sweep (real34) that were not read before (sources in SWEEP.md under
 * src/test/resources/ingest/formats): Speechmatics' JSON of format 2, taken for Google's and read
 * as having no cues, and a Hugo episode page whose front matter is JSON, refused as invalid JSON.
 */
class RealFourthSweepTests {

  private static final String FORMATS = "src/test/resources/ingest/formats/";

  private final Ingester ingester = OfflineIngester.create();

  @Test
  void speechmaticsFormatTwoWordsAreMergedIntoUtterancesWithTheirPunctuation() {
    Corpus corpus = ingester.ingest(List.of(FORMATS + "speechmatics-v2-sdk-batch.json"));

    Episode episode = corpus.episodes().get(0);
    assertThat(episode.sources())
        .containsExactly(
            new Source(FORMATS + "speechmatics-v2-sdk-batch.json", "speechmatics-json"));
    List<Segment> segments = corpus.transcripts().of(episode.id());
    assertThat(segments)
        .containsExactly(
            new Segment(
                1.41, 6.69, null, "Tidy things up. Place your shelves on the rungs. Ensure the."),
            new Segment(8.49, 12.3, null, "Fill with your favourite things. Whyalla."));
  }

  @Test
  void speechmaticsFormatTwoSpeakersAreKeptAndTheUnknownOneIsNoSpeaker() {
    Corpus corpus = ingester.ingest(List.of(FORMATS + "speechmatics-v2-sdk-two-speakers.json"));

    List<Segment> segments = corpus.transcripts().of(corpus.episodes().get(0).id());
    assertThat(segments).extracting(Segment::speaker).containsExactly("Speaker S1", "Speaker S2");
    assertThat(segments).extracting(Segment::text).containsExactly("That's amazing.", "I know");
    assertThat(segments.get(1).startSeconds()).isEqualTo(3.0);
  }

  @Test
  void aHugoPageWithJsonFrontMatterIsReadWithItsFieldsAndItsChapters() {
    Corpus corpus = ingester.ingest(List.of(FORMATS + "jupiter-lup-650-hugo-json.md"));

    assertThat(corpus.problems()).isEmpty();
    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("This Old Network");
    assertThat(episode.podcast()).isEqualTo("LINUX Unplugged");
    assertThat(episode.published()).isEqualTo(LocalDate.of(2026, 1, 18));
    assertThat(episode.durationSeconds()).isEqualTo(3784);
    assertThat(episode.links().audio())
        .isEqualTo(
            "https://aphid.fireside.fm/d/1437767933/f31a453c-fa15-491f-8618-3f71f1d565e5/"
                + "3aad9cb2-68c5-40cb-a288-bdcf1776ac84.mp3");
    assertThat(episode.chapters())
        .containsExactly(
            new Chapter(0, "Intro"),
            new Chapter(104, "Housekeeping"),
            new Chapter(321, "Office Overhaul"),
            new Chapter(829, "A Bridge over Troubled WiFi"),
            new Chapter(2376, "Shout-Outs"),
            new Chapter(3262, "Picks"),
            new Chapter(3641, "Outro"));
    // the front matter's description, the episode's summary, comes first, then the body's links
    assertThat(episode.description())
        .startsWith("We rebuild a small office network around Linux, with an Unplugged twist")
        .contains("OpenWrt One")
        .doesNotContain("\"episode_guid\"");
  }

  @Test
  void aHugoPageWithTomlFrontMatterIsReadWithItsFieldsNotTitledByItsDescriptionLine() {
    Corpus corpus = ingester.ingest(List.of(FORMATS + "cppcast-350-hugo-toml.md"));

    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("Holiday Special with Phil Nash and Timur Doumler");
    assertThat(episode.published()).isEqualTo(LocalDate.of(2022, 12, 23));
    assertThat(episode.durationSeconds()).isEqualTo(3943);
    assertThat(episode.description())
        .startsWith("Rob and Jason are back, at least for the holidays")
        .contains("Boost 1.81.0 released")
        .doesNotContain("podcast_file");
    // the Castanet theme names the audio file alone; only http(s) links leave the service
    assertThat(corpus.problems())
        .extracting(p -> p.reason())
        .containsExactly(
            "\"Holiday Special with Phil Nash and Timur Doumler\": audio link \"cppcast-350.mp3\""
                + " is not an http(s) URL; dropped");
  }

  @Test
  void aChapterLinkWhoseTextHoldsBracketsReadsAsItsText() {
    Corpus corpus = ingester.ingest(List.of(FORMATS + "rustacean-station-rust-1.58-episode.md"));

    assertThat(corpus.episodes().get(0).chapters())
        .extracting(Chapter::startSeconds, Chapter::title)
        .contains(
            Tuple.tuple(665, "More #[must_use] in the standard library"),
            Tuple.tuple(1635, "Rust 1.59"));
  }

  @Test
  void liquidTagsAndLinkDefinitionsAreNoTextAndAFirstTurnIsNoTitle() {
    Corpus corpus = ingester.ingest(List.of(FORMATS + "rustacean-station-rust-1.58-transcript.md"));

    Episode episode = corpus.episodes().get(0);
    // its first line is Jon's first turn, not a title: the page is titled from its file name
    assertThat(episode.title()).isEqualTo("Rustacean Station Rust 1 58");
    assertThat(episode.description())
        .doesNotContain("{{episode.url}}")
        .startsWith("Jon Gjengset: Hello, Ben.")
        .contains("Ben Striegel: Hello, Jon, how are you doing?");
  }

  @Test
  void youtubeTranscriptApiLinesLastTheirDuration() {
    Corpus corpus = ingester.ingest(List.of(FORMATS + "youtube-transcript-api-tech-news.json"));

    List<Segment> segments = corpus.transcripts().of(corpus.episodes().get(0).id());
    assertThat(segments).hasSize(8);
    assertThat(segments.get(1).startSeconds()).isEqualTo(1.84);
    assertThat(segments.get(1).endSeconds()).isEqualTo(6.88);
    assertThat(segments.get(7).startSeconds()).isEqualTo(17.28);
    assertThat(segments.get(7).endSeconds()).isCloseTo(22.56, Offset.offset(1e-9));
  }

  @Test
  void aFeedUsingWellKnownPrefixesItNeverDeclaresIsReadWithOneProblemLine() {
    Corpus corpus = ingester.ingest(List.of(FORMATS + "podcastparser-unbound-prefixes.rss"));

    assertThat(corpus.episodes()).extracting(Episode::title).containsExactly("Episode");
    assertThat(corpus.problems())
        .extracting(p -> p.line() + " " + p.reason())
        .first()
        .isEqualTo(
            "1 the feed uses the prefixes itunes, podcast without declaring them (xmlns:...), so"
                + " it is not well-formed XML; each is read with the namespace it always names");
  }
}
