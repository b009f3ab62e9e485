package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ch.qos.logback.classic.Level;
import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.source.Fetcher;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.json.Json;
import dev.podcastqa.testing.LogCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingester over real folders: sample pages copied from {@code data/episodes} next to the small
 * transcripts, sidecars and pages under {@code src/test/resources/ingest}.
 */
class IngesterTests {

  private static final Path SAMPLES = Path.of("data/episodes");
  private static final Path FIXTURES = Path.of("src/test/resources/ingest");

  private static final String DEC_2024_METADATA = "000_ce328e730f063d88.txt";
  private static final String DEC_2024_YOUTUBE = "001_768cae0e84d8022e.txt";
  private static final String JUNE_2023_APPLE = "002_1d8b16883cc27682.txt";
  private static final String JUNE_2023_SNIPD = "003_45b642c1e278ae7a.txt";
  private static final String GOODFIRE = "004_377b72fbad506003.txt";

  private static final String GOODFIRE_TITLE =
      "Mechanistic Interpretability: Philosophy, Practice & Progress with Goodfire's Daniel & Tom";

  /** Nothing here is fetched: a URL reaching the fetcher is a test failure, reported as such. */
  private static final Fetcher OFFLINE =
      url -> {
        throw new SourceException(url, 0, "this test reads no URLs");
      };

  @TempDir Path folder;

  private final Ingester ingester = newIngester();

  private static Ingester newIngester() {
    return Ingester.reading(OFFLINE, Json.newMapper());
  }

  @Test
  void theLogLineCountsNotesApartFromProblems() throws IOException {
    // a bare transcript is titled from its file name: a note, as ingest's summary says
    fixture("interview.vtt", "interview.vtt");

    Corpus corpus;
    try (LogCapture log = LogCapture.silencing(Ingester.class)) {
      corpus = ingest();
      assertThat(log.lines(Level.INFO))
          .containsExactly("INFO Ingester: Read 1 episodes from 1 sources (0 problems, 1 notes)");
    }
    assertThat(corpus.problems()).singleElement().matches(Problem::note);
  }

  @Test
  void transcriptBesideAPageWithTheSameStemJoinsThatPagesEpisode() throws IOException {
    sample(GOODFIRE, "goodfire.txt");
    fixture("interview.vtt", "goodfire.vtt");

    Corpus corpus = ingest();

    assertThat(corpus.problems()).isEmpty();
    Episode episode = only(corpus);
    assertThat(episode.title()).isEqualTo(GOODFIRE_TITLE);
    assertThat(episode.chapters()).hasSize(27);
    assertThat(corpus.transcripts().of(episode.id())).hasSize(3);
    assertThat(corpus.transcripts().of(episode.id()).get(2).text()).contains("sparse autoencoders");
    assertThat(episode.sources())
        .extracting(Source::location, Source::format)
        .containsExactlyInAnyOrder(
            tuple(at("goodfire.txt"), "podcast-site-page"), tuple(at("goodfire.vtt"), "webvtt"));
  }

  @Test
  void transcriptJoinsThePageItsSidecarNamesInSameAs() throws IOException {
    sample(GOODFIRE, "goodfire.txt");
    fixture("interview.vtt", "interview.vtt");
    fixture("sidecars/same-as-goodfire.json", "interview.json");

    Corpus corpus = ingest();

    assertThat(corpus.problems()).isEmpty();
    Episode episode = only(corpus);
    assertThat(episode.title()).isEqualTo(GOODFIRE_TITLE);
    assertThat(corpus.transcripts().of(episode.id())).hasSize(3);
    assertThat(episode.sources())
        .extracting(Source::location)
        .contains(at("goodfire.txt"), at("interview.vtt"));
  }

  @Test
  void transcriptWithOnlyASidecarBecomesAnEpisodeWithTheSidecarsFields() throws IOException {
    fixture("interview.vtt", "interview.vtt");
    fixture("sidecars/transcript-only.json", "interview.json");

    Corpus corpus = ingest();

    assertThat(corpus.problems()).isEmpty();
    Episode episode = only(corpus);
    assertThat(episode.id()).isEqualTo("sparse-autoencoders-in-practice");
    assertThat(episode.title()).isEqualTo("Sparse Autoencoders in Practice");
    assertThat(episode.podcast()).isEqualTo("Loopback Radio");
    assertThat(episode.published()).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(episode.links())
        .isEqualTo(new Links(null, "https://cdn.example.com/sparse-autoencoders.mp3", null));
    assertThat(corpus.transcripts().of(episode.id())).hasSize(3);
    assertThat(episode.sources())
        .extracting(Source::format)
        .containsExactlyInAnyOrder("webvtt", "sidecar");
  }

  @Test
  void sidecarOverridesEveryMetadataFieldOfThePage() throws IOException {
    sample(DEC_2024_METADATA, "page.txt");
    fixture("sidecars/override.json", "page.json");

    Corpus corpus = ingest();

    assertThat(corpus.problems()).isEmpty();
    Episode episode = only(corpus);
    assertThat(episode.id()).isEqualTo("sparse-autoencoders-revisited");
    assertThat(episode.title()).isEqualTo("Sparse Autoencoders, Revisited");
    assertThat(episode.podcast()).isEqualTo("Street Talk Rebroadcast");
    assertThat(episode.published()).isEqualTo(LocalDate.of(2025, 1, 15));
    assertThat(episode.links())
        .isEqualTo(
            new Links(
                "https://example.com/episodes/sae-revisited",
                "https://cdn.example.com/sae-revisited.mp3",
                "https://www.youtube.com/watch?v=sae123"));
    // What the sidecar does not name still comes from the page.
    assertThat(episode.durationSeconds()).isEqualTo(13356);
    assertThat(episode.sources())
        .extracting(Source::location)
        .containsExactlyInAnyOrder(at("page.txt"), at("page.json"));
  }

  @Test
  void sidecarBesideAFeedOverridesItsItems() throws IOException {
    fixture("feed.xml", "show.xml");
    fixture("sidecars/feed-podcast.json", "show.json");

    Corpus corpus = ingest();

    // The feed's relative enclosure cannot be resolved in a local file: dropped, and said so.
    assertThat(corpus.problems())
        .extracting(Problem::reason)
        .containsExactly(
            "\"Induction Heads on the Wire\": audio link \"audio/induction-heads.mp3\" is not an"
                + " http(s) URL; dropped");
    Episode episode = only(corpus);
    assertThat(episode.title()).isEqualTo("Induction Heads on the Wire");
    assertThat(episode.podcast()).isEqualTo("Renamed Radio");
    assertThat(episode.sources())
        .extracting(Source::location)
        .containsExactlyInAnyOrder(at("show.xml"), at("show.json"));
  }

  @Test
  void sidecarSameAsJoinsPagesThatOnlyShareAGuest() throws IOException {
    sample(DEC_2024_METADATA, DEC_2024_METADATA);
    sample(DEC_2024_YOUTUBE, DEC_2024_YOUTUBE);
    fixture("sidecars/same-as-001.json", "000_ce328e730f063d88.json");

    Corpus corpus = ingest();

    assertThat(corpus.problems()).isEmpty();
    Episode episode = only(corpus);
    assertThat(episode.id())
        .isEqualTo("neel-nanda-mechanistic-interpretability-sparse-autoencoders");
    assertThat(episode.sources())
        .extracting(Source::location)
        .contains(at(DEC_2024_METADATA), at(DEC_2024_YOUTUBE));
    assertThat(episode.references()).hasSize(6);
    assertThat(episode.durationSeconds()).isEqualTo(13356);
  }

  @Test
  void pagesThatOnlyShareAGuestStaySeparateWithoutASidecar() throws IOException {
    sample(DEC_2024_METADATA, DEC_2024_METADATA);
    sample(DEC_2024_YOUTUBE, DEC_2024_YOUTUBE);

    Corpus corpus = ingest();

    assertThat(corpus.problems()).isEmpty();
    assertThat(corpus.episodes())
        .extracting(Episode::id)
        .containsExactly(
            "neel-nanda-mechanistic-interpretability-sparse-autoencoders",
            "neural-networks-are-weird-neel-nanda-deepmind");
  }

  @Test
  void sidecarWithNoSourceBesideItIsAProblem() throws IOException {
    sample(GOODFIRE, "goodfire.txt");
    fixture("sidecars/alone.json", "lonely.json");

    Corpus corpus = ingest();

    assertThat(corpus.problems())
        .containsExactly(
            new Problem(
                at("lonely.json"), 0, "sidecar has no source beside it with the same name"));
    assertThat(only(corpus).title()).isEqualTo(GOODFIRE_TITLE);
  }

  @Test
  void sidecarFieldThatIsUnknownOrWronglyTypedIsReportedAndTheRestIsKept() throws IOException {
    sample(DEC_2024_METADATA, "page.txt");
    fixture("sidecars/unknown-and-wrong.json", "page.json");

    Corpus corpus = ingest();

    assertThat(corpus.problems())
        .extracting(Problem::location, Problem::reason)
        .containsExactlyInAnyOrder(
            tuple(at("page.json"), "unknown sidecar field \"guest\" ignored"),
            tuple(at("page.json"), "sidecar field \"podcast\" should be a string; ignored"));
    Episode episode = only(corpus);
    assertThat(episode.title()).isEqualTo("Sparse Autoencoders, Corrected");
    assertThat(episode.podcast()).isEqualTo("Machine Learning Street Talk (MLST)");
  }

  @Test
  void appleAndSnipdPagesOfOneEpisodeMergeWithNoParagraphTwice() throws IOException {
    sample(JUNE_2023_APPLE, JUNE_2023_APPLE);
    sample(JUNE_2023_SNIPD, JUNE_2023_SNIPD);

    Corpus corpus = ingest();

    assertThat(corpus.problems()).isEmpty();
    Episode episode = only(corpus);
    assertThat(episode.sources())
        .extracting(Source::location)
        .containsExactly(at(JUNE_2023_APPLE), at(JUNE_2023_SNIPD));
    List<String> paragraphs = List.of(episode.description().split("\n\n"));
    // Both pages contribute: the Apple page's summary (printed twice on that page) and Snipd's.
    assertThat(paragraphs)
        .filteredOn(p -> p.startsWith("In this wide-ranging conversation"))
        .hasSize(1);
    assertThat(paragraphs).anyMatch(p -> p.contains("Fourier multiplication algorithm"));
    for (int i = 0; i < paragraphs.size(); i++) {
      for (int j = 0; j < paragraphs.size(); j++) {
        if (i != j) {
          assertThat(words(paragraphs.get(i)))
              .as("paragraph %d contains paragraph %d", i, j)
              .doesNotContain(words(paragraphs.get(j)));
        }
      }
    }
  }

  @Test
  void hiddenFilesAndReadmesInTheFolderAreSkipped() throws IOException {
    sample(GOODFIRE, "goodfire.txt");
    sample(JUNE_2023_SNIPD, ".draft.txt");
    Files.createDirectories(folder.resolve(".cache"));
    sample(DEC_2024_METADATA, ".cache/page.txt");
    fixture("readme-notes.md", "README.md");
    fixture("readme-notes.md", "Readme.txt");

    Corpus corpus = ingest();

    assertThat(corpus.problems()).isEmpty();
    assertThat(only(corpus).sources())
        .extracting(Source::location)
        .containsExactly(at("goodfire.txt"));
  }

  @Test
  void aFolderIsListedInOrderWithTheSizeOfEachFileButNoAttributesForALink() throws IOException {
    Files.writeString(folder.resolve("b.txt"), "bb");
    Files.createDirectories(folder.resolve("a"));
    Files.writeString(folder.resolve("a/c.vtt"), "WEBVTT\n");
    Files.createDirectories(folder.resolve(".hidden"));
    Files.writeString(folder.resolve(".hidden/d.txt"), "d");
    Files.createSymbolicLink(folder.resolve("alias.txt"), Path.of("b.txt"));

    Ingester.Listing listing = ingester.list(List.of(folder.toString()));

    assertThat(listing.problems()).isEmpty();
    assertThat(listing.inputs())
        .extracting(Input::location)
        .containsExactly(at("a/c.vtt"), at("alias.txt"), at("b.txt"));
    assertThat(listing.inputs().stream().map(i -> listing.attributes(i).map(a -> a.size())))
        .containsExactly(Optional.of(7L), Optional.empty(), Optional.of(2L));
  }

  @Test
  void windows1252FileIsRead() throws IOException {
    fixture("cp1252.txt", "cafe.txt");

    Corpus corpus = ingest();

    assertThat(corpus.problems()).isEmpty();
    Episode episode = only(corpus);
    assertThat(episode.title()).isEqualTo("Café Talks – “Naïve” Models");
    assertThat(episode.podcast()).isEqualTo("Señor Podcast");
    assertThat(episode.description()).contains("naïve models, café culture and the “résumé”");
    assertThat(episode.chapters()).extracting(Chapter::title).contains("Über features");
  }

  @Test
  void brokenTtmlIsOneProblemNamingItsLineAndTheSbvAndTtmlBesideItAreRead() throws IOException {
    fixture("formats/quoi-d-neuf-docker.sbv", "docker.sbv");
    fixture("formats/apple-podcasts.ttml", "wartalk.ttml");
    Files.writeString(
        folder.resolve("broken.ttml"),
        "<tt xmlns=\"http://www.w3.org/ns/ttml\">\n<body><div>\n<p begin=1s>x</p>\n");

    Corpus corpus = ingest();

    assertThat(corpus.episodes())
        .flatExtracting(Episode::sources)
        .extracting(Source::location, Source::format)
        .containsExactlyInAnyOrder(
            tuple(at("docker.sbv"), "sbv"), tuple(at("wartalk.ttml"), "ttml"));
    assertThat(corpus.problems())
        .filteredOn(p -> p.location().equals(at("broken.ttml")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.reason()).startsWith("not well-formed TTML");
            });
  }

  @Test
  void truncatedJsonIsOneProblemNamingLineAndColumnInPlainWords() throws IOException {
    String truncated = "{\"segments\": [{\"start\": 0, \"end\": 2, \"text\": \"Hi\"}";
    Files.writeString(folder.resolve("broken.json"), truncated);

    Corpus corpus = ingest();

    assertThat(corpus.problems())
        .extracting(Problem::toString)
        .containsExactly(
            at("broken.json")
                + ":1: invalid JSON at column "
                + (truncated.length() + 1)
                + ": Unexpected end-of-input: expected close marker for Array");
  }

  private Corpus ingest() {
    return ingester.ingest(List.of(folder.toString()));
  }

  private static Episode only(Corpus corpus) {
    assertThat(corpus.episodes()).hasSize(1);
    return corpus.episodes().get(0);
  }

  private void sample(String name, String as) throws IOException {
    Files.copy(SAMPLES.resolve(name), folder.resolve(as));
  }

  private void fixture(String name, String as) throws IOException {
    Files.copy(FIXTURES.resolve(name), folder.resolve(as));
  }

  /** The location the ingester gives a file of the folder: the path it walked to. */
  private String at(String name) {
    return folder.resolve(name).toString();
  }

  /** A paragraph's words, case and punctuation ignored, padded so containment is word-wise. */
  private static String words(String paragraph) {
    return " "
        + paragraph.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip()
        + " ";
  }
}
