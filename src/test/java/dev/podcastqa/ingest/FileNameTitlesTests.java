package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.ingest.source.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles and dates from the names files are published under, as probe36b met them:
 * github.com/cannonQ/ergo-transcripts (snapshot dc91c1ad12689fe73d1f30b555d85911bad8faba) names its
 * YouTube captions {@code public/data/srt/DATE_VIDEOID.srt}, two of them of one day ({@code
 * 20241129_ENgg8jiThqI.srt}, an Ergo AMA, and {@code 20241129_jsMsa7kqzGQ.srt}, P2Podcast episode
 * 4, both last touched in 332d524279a824b239538297cbb285115116b5c4), and
 * github.com/bobsummerwill/strato-transcripts (snapshot e3ced4fd3728ebd0792ebabf36a7525997c6e776)
 * adds the tools that wrote a file after the episode's name ({@code
 * episode009-amir-taaki_assemblyai_words.json}, {@code _whisperx-cloud_gemini.md}, {@code
 * _assemblyai_opus_aligned_words.json}). On main e5d96fc both captions were titled "20241129",
 * undated, and the words file "Episode009 Amir Taaki Assemblyai Words".
 */
class FileNameTitlesTests {

  /** The first three blocks of each of the two captions of 29 November 2024. */
  private static final String AMA =
      "1\n00:00:11,000 --> 00:00:18,000\nHello, happy Thanksgiving to all the USA\nSigmanauts.\n\n"
          + "2\n00:00:18,000 --> 00:00:21,000\nHow you doing, kushti?\n\n"
          + "3\n00:00:18,000 --> 00:00:20,000\nGood morning.\n";

  private static final String P2PODCAST =
      "1\n00:00:10,000 --> 00:00:13,000\nAll right, here we go, fellas.\n\n"
          + "2\n00:00:13,000 --> 00:00:14,000\nWelcome.\n\n"
          + "3\n00:00:14,000 --> 00:00:15,000\nMark, good to see you.\n";

  private final Ingester ingester = OfflineIngester.create();

  @TempDir Path folder;

  @Test
  void aDateAndAVideoIdAreTheDateWrittenOutAndTheId() {
    assertThat(FileNameTitles.readableName("20241104_0bhPTk9hdGI.srt"))
        .isEqualTo("4 November 2024 (0bhPTk9hdGI)");
    assertThat(FileNameTitles.readableName("20241216_z-MEe8tZ6Wg.srt"))
        .isEqualTo("16 December 2024 (z-MEe8tZ6Wg)");
    assertThat(FileNameTitles.readableName("20241218_ApZS1Oa9DYA_transcript.txt"))
        .isEqualTo("18 December 2024 (ApZS1Oa9DYA)");
    assertThat(FileNameTitles.readableName("20241104.srt")).isEqualTo("4 November 2024");
  }

  @Test
  void aDateThatIsNoDayOrIsFollowedByWordsStaysAsWritten() {
    assertThat(FileNameTitles.readableName("20241399_0bhPTk9hdGI.srt")).isEqualTo("20241399");
    assertThat(FileNameTitles.readableName("20241104_town-hall.srt"))
        .isEqualTo("20241104 Town Hall");
  }

  @Test
  void aNameOpeningWithADayDatesIt() {
    assertThat(FileNameTitles.dateOf("20241104_0bhPTk9hdGI.srt"))
        .contains(LocalDate.of(2024, 11, 4));
    assertThat(FileNameTitles.dateOf("2024-07-10-technical-pm.md"))
        .contains(LocalDate.of(2024, 7, 10));
    assertThat(FileNameTitles.dateOf("20241104.srt")).contains(LocalDate.of(2024, 11, 4));
    assertThat(FileNameTitles.dateOf("20241399_0bhPTk9hdGI.srt")).isEmpty();
    assertThat(FileNameTitles.dateOf("2024-1104_talk.srt")).isEmpty();
    assertThat(FileNameTitles.dateOf("202411045.srt")).isEmpty();
    assertThat(FileNameTitles.dateOf("natejones-2024-07-10-technical-pm.md")).isEmpty();
    assertThat(FileNameTitles.dateOf("episode-412.srt")).isEmpty();
  }

  @Test
  void theToolsAfterATranscribersNameAreNoPartOfTheTitle() {
    assertThat(FileNameTitles.readableName("episode009-amir-taaki_assemblyai_words.json"))
        .isEqualTo("Episode009 Amir Taaki");
    assertThat(FileNameTitles.readableName("episode004-taylor-gerring_assemblyai_opus.srt"))
        .isEqualTo("Episode004 Taylor Gerring");
    assertThat(FileNameTitles.readableName("episode008-michael-parenti_whisperx-cloud_gemini.md"))
        .isEqualTo("Episode008 Michael Parenti");
    assertThat(FileNameTitles.readableName("episode001-vitalik_assemblyai_opus_aligned_words.json"))
        .isEqualTo("Episode001 Vitalik");
    assertThat(FileNameTitles.readableName("episode002-x_whisperx_consensus_words.json"))
        .isEqualTo("Episode002 X");
  }

  @Test
  void wordsThatNameAToolsOutputOnlyAfterATranscriberAreKeptElsewhere() {
    assertThat(FileNameTitles.readableName("famous_last_words.vtt")).isEqualTo("Famous Last Words");
    assertThat(FileNameTitles.readableName("head-in-the-cloud.srt")).isEqualTo("Head In The Cloud");
  }

  @Test
  void twoCaptionsOfOneDayAreTwoEpisodesWithTwoTitlesBothDated() throws IOException {
    Files.writeString(folder.resolve("20241129_ENgg8jiThqI.srt"), AMA);
    Files.writeString(folder.resolve("20241129_jsMsa7kqzGQ.srt"), P2PODCAST);

    Corpus corpus = ingester.ingest(List.of(folder.toString()));

    assertThat(corpus.episodes())
        .extracting(Episode::title, Episode::published)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "29 November 2024 (ENgg8jiThqI)", LocalDate.of(2024, 11, 29)),
            org.assertj.core.groups.Tuple.tuple(
                "29 November 2024 (jsMsa7kqzGQ)", LocalDate.of(2024, 11, 29)));
    assertThat(corpus.episodes()).extracting(Episode::id).doesNotHaveDuplicates();
    assertThat(corpus.problems())
        .allMatch(Problem::note)
        .extracting(Problem::reason)
        .contains(
            "no title in the transcript, so it is titled \"29 November 2024 (ENgg8jiThqI)\" from"
                + " its file name, and dated 2024-11-29 by the date it opens with; to name it,"
                + " put a Title: line at its top, or a sidecar NAME.meta.json with a \"title\""
                + " beside it");
  }

  @Test
  void aTitledEpisodeThatNothingDatedIsDatedByItsFileName() throws IOException {
    Files.writeString(folder.resolve("20241129_jsMsa7kqzGQ.srt"), P2PODCAST);
    Files.writeString(
        folder.resolve("20241129_jsMsa7kqzGQ.meta.json"), "{\"title\": \"P2Podcast | Episode 4\"}");

    Corpus corpus = ingester.ingest(List.of(folder.toString()));

    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("P2Podcast | Episode 4");
    assertThat(episode.published()).isEqualTo(LocalDate.of(2024, 11, 29));
    assertThat(corpus.problems())
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.note()).isTrue();
              assertThat(note.reason())
                  .startsWith("no published date given, so it is dated 2024-11-29 by the date");
            });
  }

  @Test
  void aDateGivenElsewhereIsKept() throws IOException {
    Files.writeString(folder.resolve("20241129_jsMsa7kqzGQ.srt"), P2PODCAST);
    Files.writeString(
        folder.resolve("20241129_jsMsa7kqzGQ.meta.json"),
        "{\"title\": \"P2Podcast | Episode 4\", \"published\": \"2024-11-28\"}");

    Corpus corpus = ingester.ingest(List.of(folder.toString()));

    assertThat(corpus.episodes().get(0).published()).isEqualTo(LocalDate.of(2024, 11, 28));
    assertThat(corpus.problems()).isEmpty();
  }
}
