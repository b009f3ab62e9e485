package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.source.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real files of the third listener probe (probe34c; sources in SWEEP.md under
 * src/test/resources/ingest/formats, "Fifth sweep"): titles made from the names files are published
 * under, a pipeline's {@code PREFIX_transcript}, {@code _meta}, {@code _summary} and {@code _notes}
 * files read as one episode, a YouTube description's chapter lines in front matter, and Chinese
 * header labels with a full-width colon.
 */
class RealFifthSweepTests {

  private static final Path SWEEP = Path.of("src/test/resources/ingest/formats/fifth-sweep");
  private static final String GRAPHQL =
      "To GraphQL or not to GraphQL\uFF1F with special guest Mat Ryer";

  private final Ingester ingester = OfflineIngester.create();

  @TempDir Path folder;

  @Test
  void publishedFileNamesGiveTheTitleWithoutToolWordsIdsOrSiteTags() {
    assertThat(FileNameTitles.readableName("1\uFF1A The First One _transcript.txt"))
        .isEqualTo("1: The First One");
    assertThat(FileNameTitles.readableName(GRAPHQL + "_transcript_corrected.md"))
        .isEqualTo("To GraphQL or not to GraphQL? with special guest Mat Ryer");
    assertThat(
            FileNameTitles.readableName(
                "[English (United States)] Andrej Karpathy_ Tesla AI, Self-Driving, Optimus,"
                    + " Aliens, and AGI _ Lex Fridman Podcast #333 [DownSub.com].srt"))
        .isEqualTo(
            "Andrej Karpathy: Tesla AI, Self-Driving, Optimus, Aliens, and AGI"
                + " - Lex Fridman Podcast #333");
    assertThat(FileNameTitles.readableName("20240614_jiJEy4M-O7g_transcript.txt"))
        .isEqualTo("14 June 2024 (jiJEy4M-O7g)");
    assertThat(FileNameTitles.readableName("are-corporate-chains-back_assemblyai_opus.md"))
        .isEqualTo("Are Corporate Chains Back");
    assertThat(FileNameTitles.readableName("episode003-bob-summerwill_whisperx.txt"))
        .isEqualTo("Episode003 Bob Summerwill");
    assertThat(FileNameTitles.readableName("phoenix_cast_001_final_041520_transcript_corrected.md"))
        .isEqualTo("Phoenix Cast 001 Final 041520");
  }

  @Test
  void wordsOfElevenLettersAndNamesWithoutRoleWordsAreKept() {
    // eleven characters, but words, not video ids
    assertThat(FileNameTitles.readableName("talk_Christopher.vtt")).isEqualTo("Talk Christopher");
    assertThat(FileNameTitles.readableName("my_show_episode-012.srt"))
        .isEqualTo("My Show Episode 012");
    // a role word written with a space is part of the title
    assertThat(FileNameTitles.readableName("Design Notes.txt")).isEqualTo("Design Notes");
    assertThat(FileNameTitles.readableName("lex_fridman-podcast_ep-412.vtt"))
        .isEqualTo("Lex Fridman Podcast Ep 412");
  }

  @Test
  void aTranscriptTitledFromItsPublishedNameIsANoteNotAFailure() throws IOException {
    Path file = folder.resolve("1\uFF1A The First One _transcript.txt");
    Files.copy(SWEEP.resolve("selfhosted-001-first-one_transcript.txt"), file);

    Corpus corpus = ingester.ingest(List.of(file.toString()));

    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("1: The First One");
    assertThat(corpus.transcripts().of(episode.id())).hasSize(24);
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.note()).isTrue();
              assertThat(problem.reason()).contains("titled \"1: The First One\" from its file");
            });
  }

  @Test
  void aDownSubFileNameKeepsItsEpisodeNumberAndCase() throws IOException {
    String name =
        "[English (United States)] Andrej Karpathy_ Tesla AI, Self-Driving, Optimus, Aliens,"
            + " and AGI _ Lex Fridman Podcast #333 [DownSub.com].srt";
    Path file = folder.resolve(name);
    Files.copy(
        Path.of("src/test/resources/real-transcripts/lex-fridman-333-andrej-karpathy.srt"), file);

    Corpus corpus = ingester.ingest(List.of(file.toString()));

    assertThat(corpus.episodes().get(0).title())
        .isEqualTo(
            "Andrej Karpathy: Tesla AI, Self-Driving, Optimus, Aliens, and AGI"
                + " - Lex Fridman Podcast #333");
  }

  @Test
  void transcriptMetaAndSummaryOfOneCallAreOneEpisode() {
    Path call = SWEEP.resolve("ergo-20240614");

    Corpus corpus = ingester.ingest(List.of(call.toString()));

    assertThat(corpus.problems()).isEmpty();
    Episode episode = corpus.episodes().get(0);
    assertThat(corpus.episodes()).hasSize(1);
    assertThat(episode.title()).isEqualTo("Weekly Update & AMA - June 13th 2024");
    assertThat(episode.published()).isEqualTo(LocalDate.of(2024, 6, 14));
    assertThat(episode.sources()).extracting(Source::format).contains("text-transcript", "sidecar");
    List<Segment> segments = corpus.transcripts().of(episode.id());
    assertThat(segments).hasSize(20);
    assertThat(segments.get(0).startSeconds()).isEqualTo(17.0);
    assertThat(segments.get(0).speaker()).isEqualTo("Armeanio");
    assertThat(episode.description())
        .contains("This community call covered major developments in the Ergo ecosystem");
  }

  @Test
  void aMetaFileAloneIsStillASidecarThatJoinsNothing() throws IOException {
    Files.copy(
        SWEEP.resolve("ergo-20240614/20240614_jiJEy4M-O7g_meta.json"),
        folder.resolve("20240614_jiJEy4M-O7g_meta.json"));

    Corpus corpus = ingester.ingest(List.of(folder.toString()));

    // another tool's fields (speakers, topics, a video's id) are not reported one by one
    assertThat(corpus.problems())
        .extracting(Problem::reason)
        .containsExactly("sidecar has no source beside it with the same name");
  }

  @Test
  void notesBesideATranscriptAreItsShowNotesNotAnotherEpisode() {
    Corpus corpus = ingester.ingest(List.of(SWEEP.resolve("changelog-backstage").toString()));

    assertThat(corpus.episodes()).hasSize(1);
    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title())
        .isEqualTo("To GraphQL or not to GraphQL? with special guest Mat Ryer");
    assertThat(corpus.transcripts().of(episode.id()))
        .hasSize(13)
        .extracting(Segment::speaker)
        .containsOnly("Jerold Santo", "Mat Ryder");
    assertThat(episode.description()).contains("If you like Mat's accent", "PostGraphile");
    assertThat(corpus.problems()).allMatch(Problem::note).hasSize(1);
  }

  @Test
  void chapterLinesOfAFrontMatterDescriptionAreThePagesChapters() {
    Corpus corpus =
        ingester.ingest(List.of(SWEEP.resolve("natejones-2024-07-10-technical-pm.md").toString()));

    Episode episode = corpus.episodes().get(0);
    assertThat(episode.published()).isEqualTo(LocalDate.of(2024, 7, 10));
    assertThat(episode.chapters())
        .extracting(Chapter::startSeconds)
        .containsExactly(0, 143, 318, 433, 520, 580, 652, 711, 741);
    assertThat(episode.chapters().get(0).title())
        .isEqualTo("Introduction: The Importance of Technical Skills");
    assertThat(episode.description()).contains("Focus on being on a learning curve");
  }

  @Test
  void chineseHeaderLabelsWithAFullWidthColonGiveDateAndDuration() {
    Corpus corpus = ingester.ingest(List.of(SWEEP.resolve("gooaye-ep601-excerpt.md").toString()));

    Episode episode = corpus.episodes().get(0);
    assertThat(episode.published()).isEqualTo(LocalDate.of(2025, 10, 15));
    assertThat(episode.durationSeconds()).isEqualTo(3123);
    assertThat(corpus.transcripts().of(episode.id()).get(0).startSeconds()).isZero();
  }

  @Test
  void aBoldNameEndingInANumberHeadsItsTurns() {
    Corpus corpus =
        ingester.ingest(List.of(SWEEP.resolve("btc-open-source-mining-skot.md").toString()));

    List<Segment> segments = corpus.transcripts().of(corpus.episodes().get(0).id());
    // **Skot 9000:** 00:07:15 was read as words of the turn above it
    assertThat(segments)
        .filteredOn(segment -> "Skot 9000".equals(segment.speaker()))
        .extracting(Segment::startSeconds)
        .containsExactly(435.0, 563.0, 608.0);
    assertThat(segments).noneMatch(segment -> segment.text().contains("Skot 9000"));
  }

  @Test
  void sectionsUnderHeadingsWithATimeAloneBelowThemAreTimedText() {
    Corpus corpus =
        ingester.ingest(List.of(SWEEP.resolve("btc-teach-the-controversy-sections.md").toString()));

    Episode episode = corpus.episodes().get(0);
    // ## What is transaction replacement? / (00:00) / paragraphs: read as an untimed page before
    assertThat(episode.chapters())
        .extracting(Chapter::startSeconds)
        .containsExactly(0, 76, 209, 287, 393);
    assertThat(episode.chapters().get(1).title()).isEqualTo("History of transaction replacement");
    List<Segment> segments = corpus.transcripts().of(episode.id());
    assertThat(segments)
        .extracting(Segment::startSeconds)
        .containsExactly(0.0, 76.0, 209.0, 287.0, 393.0);
    assertThat(segments.get(0).text()).startsWith("So, let's go start off.");
    assertThat(segments).noneMatch(segment -> segment.text().contains("(01:16)"));
  }

  @Test
  void everyFileOfAnOxideAndFriendsEpisodeHasTheEpisodesStem() {
    // the eight files each episode of willtheorangeguy/Oxide-and-Friends-Transcripts has (2024/)
    String episode = "A Baseball Startup with Paul Freedman and Bryan Carmel";
    for (String role :
        List.of(
            "_summary.md",
            "_summary.txt",
            "_summary_corrected.md",
            "_summary_corrected.txt",
            "_transcript.md",
            "_transcript.txt",
            "_transcript_corrected.md",
            "_transcript_corrected.txt")) {
      assertThat(Input.stemOf(episode + role)).isEqualTo(episode);
      assertThat(FileNameTitles.readableName(episode + role)).isEqualTo(episode);
    }
    assertThat(Input.stemOf("20240614_jiJEy4M-O7g_meta.json")).isEqualTo("20240614_jiJEy4M-O7g");
    assertThat(Input.stemOf("talk.meta.json")).isEqualTo("talk");
  }

  @Test
  void aDateOrDurationThatSaysUnknownIsNoneAndNoProblem() {
    Corpus corpus =
        ingester.ingest(List.of(SWEEP.resolve("natejones-unknown-5et9wodcsys.md").toString()));

    // publish_date: "unknown" and duration: "unknown" were each a problem line, and exit 1
    assertThat(corpus.problems()).isEmpty();
    Episode episode = corpus.episodes().get(0);
    assertThat(episode.published()).isNull();
    assertThat(episode.durationSeconds()).isNull();
  }
}
