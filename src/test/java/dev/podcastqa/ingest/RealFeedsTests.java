package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.ingest.source.Fetcher;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real public feeds and chapters file of {@code src/test/resources/real-transcripts}, read
 * without sidecars and without network (every linked file is unreachable), against the figures
 * counted by hand in its EXPECTED.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealFeedsTests {

  private static final Path CORPUS = Path.of("src/test/resources/real-transcripts");
  private static final String PC20 = "podcasting-2-0-show-feed.xml";
  private static final String CHANGELOG = "changelog-news-feed.xml";
  private static final String CRE = "chaosradio-express-feed.xml";
  private static final String CHAPTERS = "johns-awesome-podcast-episode-7-making-progress.json";

  /**
   * Show-note clutter each feed holds (EXPECTED.md), none of which may be answerable text. CRE's
   * Flattr widget is its script; CRE203 names Flattr as a topic, which stays.
   */
  private static final List<String> CLUTTER =
      List.of(
          "support us with your time talent and treasure",
          "value sliders",
          "value4value streaming payment apps",
          "download the mp3",
          "podcast feed",
          "last modified",
          "make the ads disappear",
          "view the newsletter",
          "join the discussion",
          "sponsors:",
          "website, github",
          "api.flattr.com",
          "document.createelement",
          "newpodcastapps.com");

  private static final Fetcher OFFLINE =
      url -> {
        throw new SourceException(url, 0, "cannot connect (offline test)");
      };

  private Path folder;
  private Corpus corpus;

  @BeforeAll
  void ingestTheFeedsAndTheChaptersFile(@TempDir Path temp) throws IOException {
    folder = temp;
    for (String name : List.of(PC20, CHANGELOG, CRE, CHAPTERS)) {
      Files.copy(CORPUS.resolve(name), folder.resolve(name));
    }
    corpus = Ingester.reading(OFFLINE, Json.newMapper()).ingest(List.of(folder.toString()));
  }

  @Test
  void podcastingTwoPointOhGivesEveryItemAndNoChapterFromAStrayTime() {
    List<Episode> items = of("Podcasting 2.0");

    assertThat(items).hasSize(56);
    assertThat(items)
        .extracting(Episode::title)
        .contains("Episode 57: Rebel Rubes", "Episode 2: We Have Liftoff!");
    // No chapter lines in its notes; "Last Modified 10/08/2021 13:52:18" is not one.
    assertThat(items).allSatisfy(e -> assertThat(e.chapters()).isEmpty());
  }

  @Test
  void unreachableLinkedFilesGiveOneProblemLinePerItem() {
    // 48 Podcasting 2.0 items link chapters or transcripts; every Changelog item links chapters.
    assertThat(problemsOf(PC20)).hasSize(48);
    assertThat(problemsOf(PC20)).extracting(Problem::line).doesNotHaveDuplicates();
    assertThat(problemsOf(CHANGELOG)).hasSize(20);
    assertThat(problemsOf(CHANGELOG)).extracting(Problem::line).doesNotHaveDuplicates();
    assertThat(problemsOf(CRE)).isEmpty();
  }

  @Test
  void podcastPersonTagsNameTheHostsAndGuestsInTheNotes() {
    assertThat(titled("Episode 57: Rebel Rubes").description())
        .endsWith(
            "Hosts: Adam Curry (http://curry.com), Dave Jones (http://dave.sobr.org)."
                + " Guest: Brian of London (https://gist.github.com/brianoflondon/).");
    assertThat(titled("Episode 2: We Have Liftoff!").description()).doesNotContain("Host");
    assertThat(of("Changelog News"))
        .allSatisfy(
            e ->
                assertThat(e.description())
                    .endsWith("Host: Jerod Santo (https://changelog.com/person/jerodsanto)."));
  }

  @Test
  void changelogItemsTakeTheirPodloveChapters() {
    List<Episode> items = of("Changelog News");

    assertThat(items).hasSize(20);
    assertThat(items)
        .extracting(e -> e.chapters().size())
        .containsExactlyInAnyOrder(8, 8, 8, 7, 8, 51, 8, 9, 9, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8);
    assertSpan(titled("The tech monoculture is finally breaking"), 8, 0, 490);
    assertSpan(titled("Linus Torvalds gets the AI coding bug"), 7, 0, 280);
    assertSpan(titled("Why is Zig so cool?"), 9, 0, 481);
    assertThat(titled("The tech monoculture is finally breaking").chapters())
        .contains(new Chapter(293, "Sponsor: Tiger Data"));
  }

  @Test
  void chaosradioItemsTakeTheirPodloveChaptersWithFractionalStarts() {
    assertThat(of("CRE: Technik, Kultur, Gesellschaft")).hasSize(8);
    assertSpan(titled("CRE209 Das Linux System"), 15, 0, 9730);
    assertSpan(titled("CRE208 Neuronale Netze"), 13, 0, 9861);
    assertSpan(titled("CRE207 Planetarien"), 14, 26, 5700);
    assertSpan(titled("CRE206 Das Ohr"), 15, 0, 14620);
    assertSpan(titled("CRE205 Wikidata"), 16, 0, 8685);
    assertSpan(titled("CRE204 Geocaching"), 18, 0, 9537);
    assertSpan(titled("CRE203 Online-Journalismus"), 14, 0, 7394);
    assertSpan(titled("CRE202 Hackerfilme"), 31, 0, 10649);
  }

  @Test
  void chaptersFileAloneIsOneProblemLineNamingIt() {
    assertThat(problemsOf(CHAPTERS))
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).startsWith("chapters file with no episode to join"));
  }

  @Test
  void clutterIsNotInAnyAnswerableTextAndTheNotesAre() {
    for (Episode episode : corpus.episodes()) {
      String text = answerable(episode).toLowerCase(Locale.ROOT);
      for (String clutter : CLUTTER) {
        assertThat(text).as("%s holds \"%s\"", episode.title(), clutter).doesNotContain(clutter);
      }
    }
    assertThat(titled("The tech monoculture is finally breaking").description())
        .startsWith("Jason Willems believes the tech monoculture is finally breaking");
    assertThat(titled("CRE202 Hackerfilme").description())
        .contains("Die Filmbranche ist fasziniert von Hackern");
    assertThat(titled("Episode 40: Miami or Bust!").description())
        .contains("Adam & Dave discuss the week's developments on podcastindex.org");
  }

  /** What the chunker reads of an episode: description, chapter titles and notes. */
  private static String answerable(Episode episode) {
    StringBuilder text = new StringBuilder(episode.description());
    for (Chapter chapter : episode.chapters()) {
      text.append('\n').append(chapter.title()).append('\n').append(chapter.notes());
    }
    return text.toString();
  }

  private static void assertSpan(Episode episode, int count, int first, int last) {
    List<Chapter> chapters = episode.chapters();
    assertThat(chapters).as(episode.title()).hasSize(count);
    assertThat(chapters.get(0).startSeconds()).as(episode.title()).isEqualTo(first);
    assertThat(chapters.get(count - 1).startSeconds()).as(episode.title()).isEqualTo(last);
  }

  private List<Episode> of(String podcast) {
    return corpus.episodes().stream().filter(e -> podcast.equals(e.podcast())).toList();
  }

  private Episode titled(String title) {
    return corpus.episodes().stream()
        .filter(e -> title.equals(e.title()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no episode titled " + title));
  }

  private List<Problem> problemsOf(String file) {
    String location = folder.resolve(file).toString();
    return corpus.problems().stream().filter(p -> p.location().equals(location)).toList();
  }
}
