package dev.podcastqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Source;
import dev.podcastqa.episode.Transcripts;
import dev.podcastqa.ingest.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which episodes {@code ingest} names as holding clock times that were not read as times. */
class UnreadTimesTests {

  /** Speaker lines as a published transcript writes them, read as untimed notes today. */
  private static final String DASHED_TURNS =
      "Welcome to the show.\n\nCasey – 00:03:18:\n\nThank you.\n\nStephan – 00:03:40:\n\n"
          + "Of course.\n\nCasey – 00:03:49:\n\nIt is surreal.";

  @Test
  void untimedEpisodeWhoseTextHoldsThreeClockTimesIsNamedWithTheFirst() {
    UnreadTimes unread = UnreadTimes.of(episode(DASHED_TURNS, List.of()), false).orElseThrow();

    assertThat(unread.clocks()).isEqualTo(3);
    assertThat(unread.first()).isEqualTo("00:03:18");
    assertThat(unread.line())
        .startsWith("note: an-episode: its text holds 3 clock times (the first 00:03:18)");
  }

  @Test
  void twoClockTimesAreTakenAsTimesOfDay() {
    String notes = "Doors open at 7:30, the talk starts at 8:00. Tickets at the door.";

    assertThat(UnreadTimes.of(episode(notes, List.of()), false)).isEmpty();
  }

  @Test
  void datesVersionsAndDecimalsAreNoClockTimes() {
    String notes = "Released 2023-02-02 as 1.2.3; ratio 3:2.5; build 12:34:56:78; 10:15.5 s.";

    assertThat(UnreadTimes.of(episode(notes, List.of()), false)).isEmpty();
  }

  @Test
  void anEpisodeWithATimedTranscriptIsNotNamed() {
    assertThat(UnreadTimes.of(episode(DASHED_TURNS, List.of()), true)).isEmpty();
  }

  @Test
  void anEpisodeWithChaptersIsNotNamed() {
    Episode chaptered = episode(DASHED_TURNS, List.of(new Chapter(0, "Intro")));

    assertThat(UnreadTimes.of(chaptered, false)).isEmpty();
  }

  /**
   * An NLP Highlights transcript (allenai/nlphighlights): its times are tag attributes, which the
   * page reader drops with the tags, so the text it keeps holds no clock time.
   */
  private static final String TURN_TAGS =
      "---\ntitle: \"A Survey\"\n---\n\n<turn speaker=\"Matt Gardner\" timestamp=\"00:00\">\n\n"
          + "Hello and welcome.\n\n</turn>\n\n<turn speaker=\"Waleed Ammar\" timestamp=\"00:06\">\n\n"
          + "Our guest is Sebastian.\n\n</turn>\n\n"
          + "<turn speaker=\"Sebastian Ruder\" timestamp=\"00:30\">\n\nThat was correct.\n\n</turn>\n";

  @Test
  void untimedEpisodeWhoseSourceHoldsClockTimesInTagAttributesIsNamed(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("nlphighlights-057.md");
    Files.writeString(file, TURN_TAGS, StandardCharsets.UTF_8);
    Episode read = episode("Hello and welcome.\n\nOur guest is Sebastian.", List.of(), file);

    List<UnreadTimes> unread =
        UnreadTimes.inSources(new Corpus(List.of(read), Transcripts.kept(Map.of()), List.of()));

    assertThat(unread)
        .extracting(UnreadTimes::clocks, UnreadTimes::first)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "00:00"));
  }

  @Test
  void dateTimeAttributesAndSourcesThatAreNoFilesAreNoClockTimes(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("page.html");
    Files.writeString(
        file,
        "<time datetime=\"2023-02-02T10:00\">a</time><time datetime=\"2023-02-03T10:00\">b</time>"
            + "<time datetime=\"2023-02-04T10:00:00\">c</time><p data-n=\"12:30 pm\">d</p>",
        StandardCharsets.UTF_8);
    Episode page = episode("a b c d", List.of(), file);
    Episode linked =
        new Episode(
            "linked",
            "Linked",
            null,
            null,
            null,
            Links.NONE,
            List.of(),
            List.of(),
            "notes",
            List.of(new Source("https://example.com/00:00:01/00:00:02/00:00:03", "feed")));

    assertThat(
            UnreadTimes.inSources(
                new Corpus(List.of(page, linked), Transcripts.kept(Map.of()), List.of())))
        .isEmpty();
  }

  private static Episode episode(String description, List<Chapter> chapters, Path source) {
    return new Episode(
        "an-episode",
        "An episode",
        null,
        null,
        null,
        Links.NONE,
        chapters,
        List.of(),
        description,
        List.of(new Source(source.toString(), "text-with-timestamps")));
  }

  private static Episode episode(String description, List<Chapter> chapters) {
    return new Episode(
        "an-episode",
        "An episode",
        null,
        null,
        null,
        Links.NONE,
        chapters,
        List.of(),
        description,
        List.of(new Source("an-episode.md", "text-with-timestamps")));
  }
}
