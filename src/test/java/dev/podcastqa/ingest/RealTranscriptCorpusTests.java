package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Fetcher;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.json.Json;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real public transcripts under {@code src/test/resources/real-transcripts} (provenance in
 * SOURCES.md), ingested as a folder with no sidecar and no network: every transcript is an episode
 * with timed segments. The figures are those EXPECTED.md counted by hand from the files, except
 * where a row says why the product's count differs.
 */
class RealTranscriptCorpusTests {

  private static final Path CORPUS = Path.of("src/test/resources/real-transcripts");

  private static final Fetcher OFFLINE =
      url -> {
        throw new SourceException(url, 0, "this test reads no URLs");
      };

  private static Corpus corpus;

  /** One transcript file and what its episode must hold. */
  record Row(
      String file,
      String format,
      String title,
      int segments,
      double first,
      double last,
      List<String> speakers) {

    @Override
    public String toString() {
      return file;
    }
  }

  @BeforeAll
  static void ingestTheFolder() {
    Ingester ingester = Ingester.reading(OFFLINE, Json.newMapper());
    corpus = ingester.ingest(List.of(CORPUS.toString()));
  }

  static Stream<Row> transcripts() {
    return Stream.of(
        // (1) speaker-line text
        new Row(
            "oxide-and-friends-coders-block.txt",
            "text-transcript",
            "Oxide And Friends Coders Block",
            387,
            0,
            4847,
            Stream.iterate(1, n -> n + 1).limit(14).map(n -> "Speaker " + n).toList()),
        new Row(
            "talk-python-100-guido-van-rossum.txt",
            "text-transcript",
            "Talk Python 100 Guido Van Rossum",
            806,
            0,
            3752,
            List.of()),
        new Row(
            "talk-python-554-trustworthy-ai-in-healthcare.txt",
            "text-transcript",
            "Talk Python 554 Trustworthy Ai In Healthcare",
            1046,
            0,
            3635,
            List.of("Michael Kennedy", "Sumit Gundawar")),
        // (2) Markdown; Otter export saved as .md
        new Row(
            "ladybug-podcast-62-web-security.md",
            "markdown-transcript",
            "Ladybug Podcast 62 Web Security",
            162,
            0,
            3321,
            List.of("Emma", "Kelly", "Sidney", "Tailor", "Unknown Speaker")),
        new Row(
            "lennys-podcast-adam-fishman-growth-team.md",
            "markdown-transcript",
            "How to build a high-performing growth team | Adam Fishman (Patreon, Lyft, Imperfect"
                + " Foods)",
            173,
            0,
            3921,
            List.of("Adam Fishman", "Lenny")),
        new Row(
            "ladybug-podcast-05-how-the-ladybugs-got-their-spots.md",
            "markdown-transcript",
            "Ladybug Podcast 05 How The Ladybugs Got Their Spots",
            106,
            0,
            2200,
            List.of("Ali", "Emma", "Kelly", "Lindsey")),
        new Row(
            "bitcoin-review-cashu-and-fedimint.md",
            "markdown-transcript",
            "Cashu & Fedimint: ecash, Bitcoin's layer 3 & scalability",
            316,
            90,
            8116,
            List.of("Calle", "Eric", "NVK", "Odell", "Rijndael")),
        // EXPECTED.md counts 880 **Name:** paragraphs and 40 timestamps. Segments: the 880
        // paragraphs, 11 paragraphs opened by a timestamp and the 2 narration paragraphs under a
        // timestamp alone (893); the 2 "Break: [time]" markers only time the turn after them. The
        // speech before the first timestamp (07:59) starts at 0, as EXPECTED.md says.
        new Row(
            "the-changelog-594.md",
            "markdown-transcript",
            "The Changelog 594",
            893,
            0,
            9599.08,
            List.of(
                "Adam Stacoviak", "Eric Boyd", "Jerod Santo", "Mark Russinovich", "Neha Batra")),
        // (3) VTT, SRT, JSON, HTML
        new Row(
            "talk-python-553-all-our-tools.vtt",
            "webvtt",
            "Talk Python 553 All Our Tools",
            1038,
            0.02,
            3299.66,
            List.of("Calvin Hendryx-Parker", "Michael Kennedy")),
        new Row(
            "talk-python-068-crossing-the-streams-with-podcast-init.vtt",
            "webvtt",
            "Talk Python 068 Crossing The Streams With Podcast Init",
            791,
            0.001,
            3739.72,
            List.of()),
        // 1737 timing lines; the 868 cues of 10 ms or less repeat the line before (rolling
        // YouTube captions) and are collapsed, the 869 with new words are kept.
        new Row(
            "travis-kalanick-chicago-interview.vtt",
            "webvtt",
            "Travis Kalanick Chicago Interview",
            869,
            3.17,
            2300.76,
            List.of()),
        new Row(
            "podcasting-qa-do-you-need-a-trailer.vtt",
            "webvtt",
            "Podcasting Qa Do You Need A Trailer",
            7,
            0,
            21.45,
            List.of("Gillian", "Sarah")),
        new Row(
            "podcasting-qa-ten-things-we-wish-we-knew.srt",
            "srt",
            "Podcasting Qa Ten Things We Wish We Knew",
            222,
            0.179,
            752.671,
            List.of("Gilon", "Sarah", "Travis")),
        // The full names each written once (Bekah Hawrot Weigel, Dan Ott, David Alpert) name the
        // speaker of that cue, because the first names recur as labels; in a mostly unlabelled
        // file any other label counts only when it recurs.
        new Row(
            "virtual-coffee-season-6-episode-1.srt",
            "srt",
            "Virtual Coffee Season 6 Episode 1",
            1200,
            6.535,
            3102.28,
            List.of("Bekah Hawrot Weigel", "Dan Ott", "David Alpert", "Bekah", "Dan", "David")),
        new Row(
            "lex-fridman-333-andrej-karpathy.srt",
            "srt",
            "Lex Fridman 333 Andrej Karpathy",
            5502,
            0,
            12515.55,
            List.of()),
        // 5 word-level segments merged into one utterance per speaker turn (2).
        new Row(
            "namespace-spec-sample-segments.json",
            "podcast-json-transcript",
            "Namespace Spec Sample Segments",
            2,
            0.5,
            2.75,
            List.of("Darth Vader", "Luke")),
        new Row(
            "podcasting-qa-ten-things-before-your-first-podcast.html",
            "html-transcript",
            "Podcasting Qa Ten Things Before Your First Podcast",
            10,
            0,
            691,
            List.of("Gilon", "Sarah", "Travis")),
        new Row(
            "uis-security-podcast-episode-3.html",
            "html-transcript",
            "Uis Security Podcast Episode 3",
            30,
            0,
            1588,
            List.of()),
        // Whisper's outputs: printed [start --> end] lines, its JSON, a page of timed words
        new Row(
            "shell-game-episode-1-quality-assurance.txt",
            "whisper-text",
            "Shell Game Episode 1 Quality Assurance",
            936,
            0,
            1983.04,
            List.of()),
        new Row(
            "roaming-holiday-179-whisper-base.json",
            "whisper-json",
            "Roaming Holiday 179 Whisper Base",
            330,
            0,
            2073.62,
            List.of()),
        // 2552 timed words (and 129 timed Whisper segments around them) in 14 paragraphs: 180
        // sentences, each a segment at its first word's second.
        new Row(
            "roaming-holiday-127-intermission-toronto.html",
            "html-transcript",
            "127. Intermission: Toronto \u2014 Roaming Holiday Transcripts",
            180,
            2.12,
            914.04,
            List.of()));
  }

  @ParameterizedTest
  @MethodSource("transcripts")
  void everyTranscriptIsAnEpisodeWithItsTimedSegmentsAndSpeakers(Row row) {
    Episode episode = episodeOf(row.file());

    assertThat(episode.sources()).hasSize(1);
    assertThat(episode.sources().get(0).format()).isEqualTo(row.format());
    assertThat(episode.title()).isEqualTo(row.title());
    List<Segment> segments = corpus.transcripts().of(episode.id());
    assertThat(segments).hasSize(row.segments());
    assertThat(segments.get(0).startSeconds()).isEqualTo(row.first());
    assertThat(segments.get(segments.size() - 1).startSeconds()).isEqualTo(row.last());
    assertThat(segments.stream().map(Segment::speaker).filter(Objects::nonNull).distinct())
        .containsExactlyInAnyOrderElementsOf(row.speakers());
  }

  @ParameterizedTest
  @MethodSource("transcripts")
  void transcriptTitledFromItsFileNameHasOneProblemLineSayingHowToNameIt(Row row) {
    List<String> lines =
        corpus.problems().stream()
            .filter(p -> p.location().endsWith("/" + row.file()))
            .map(Problem::toString)
            .toList();

    if (row.title().equals(FileNameTitles.readableName(row.file()))) {
      assertThat(lines)
          .singleElement()
          .asString()
          .contains(row.file(), "titled \"" + row.title() + "\" from its file name", "Title:");
    } else {
      assertThat(lines).isEmpty();
    }
  }

  @Test
  void lennysLastTurnRunsToTheDurationItsFrontMatterStates() {
    Episode episode = episodeOf("lennys-podcast-adam-fishman-growth-team.md");

    assertThat(episode.durationSeconds()).isEqualTo(3946);
    assertThat(episode.podcast()).isEqualTo("Lenny's Podcast");
    assertThat(episode.links().video()).isEqualTo("https://www.youtube.com/watch?v=wP8YyWH524A");
    Segment last =
        corpus.transcripts().of(episode.id()).get(corpus.transcripts().of(episode.id()).size() - 1);
    assertThat(last.endSeconds()).isEqualTo(3946.0);
    assertThat(episode.description()).doesNotContain("keywords", "video_id");
  }

  @Test
  void otterFooterIsNotSpeech() {
    Episode episode = episodeOf("ladybug-podcast-62-web-security.md");

    assertThat(corpus.transcripts().of(episode.id())).noneMatch(s -> s.text().contains("otter.ai"));
  }

  @Test
  void untimedMarkdownTranscriptIsAPageTitledByItsFrontMatter() {
    Episode episode = episodeOf("conduit-104-checking-in-on-checking-out.md");

    assertThat(episode.title()).isEqualTo("104: Checking In on Checking Out");
    assertThat(episode.published()).isEqualTo(LocalDate.of(2025, 6, 26));
    assertThat(episode.links().page()).isEqualTo("https://www.relay.fm/conduit/104");
    assertThat(corpus.transcripts().of(episode.id())).isEmpty();
    // its front matter description (the episode's summary) first, then the untimed turns
    assertThat(episode.description())
        .startsWith("The world is a little chaotic and our hosts are choosing their battles.")
        .contains("\n\nHey friends, this is Jay and Kathy")
        .doesNotContain("pub_date");
  }

  @Test
  void showNotesPagesKeepTheirFrontMatterTitleAndTheirChapterLines() {
    Episode ladybug = episodeOf("ladybug-podcast-episode-page-favorite-things.md");
    assertThat(ladybug.title()).isEqualTo("How the Ladybugs Got Their Spots");
    assertThat(corpus.transcripts().of(ladybug.id())).isEmpty();
    assertThat(ladybug.chapters()).hasSize(11);
    assertThat(ladybug.chapters().get(0).startSeconds()).isEqualTo(36);
    assertThat(ladybug.chapters().get(10).startSeconds()).isEqualTo(2047);

    Episode rust = episodeOf("rustacean-station-rustfest-triple-feature-page.md");
    assertThat(rust.title()).startsWith("RustFest Interviews Triple Feature: Rust for AAA Game");
    assertThat(corpus.transcripts().of(rust.id())).isEmpty();
    assertThat(rust.chapters())
        .extracting(Chapter::startSeconds)
        .hasSize(30)
        .startsWith(0)
        .endsWith(3113);
  }

  private static Episode episodeOf(String file) {
    List<Episode> found =
        corpus.episodes().stream()
            .filter(e -> e.sources().stream().anyMatch(s -> s.location().endsWith("/" + file)))
            .toList();
    assertThat(found).as("episodes read from " + file).hasSize(1);
    return found.get(0);
  }
}
