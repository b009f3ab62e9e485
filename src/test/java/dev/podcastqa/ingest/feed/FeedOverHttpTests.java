package dev.podcastqa.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Source;
import dev.podcastqa.ingest.http.HttpFetcher;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import dev.podcastqa.ingest.transcript.TranscriptReader;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A feed, its chapters and its transcripts fetched from a real HTTP server on loopback. */
class FeedOverHttpTests {

  private static FeedServer server;
  private static String feedUrl;
  private static List<Draft> drafts;
  private static final List<Problem> problems = new ArrayList<>();

  @BeforeAll
  static void readFeedOverHttp() throws IOException {
    server = FeedServer.start();
    HttpFetcher fetcher = new HttpFetcher(Duration.ofSeconds(5), HttpFetcher.MAX_BYTES);
    feedUrl = server.url("/feeds/show.xml");
    SourceText feed = fetcher.fetch(feedUrl);
    drafts = new FeedReader(fetcher, new TranscriptReader()).read(feed, problems::add);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  private static Draft draft(String title) {
    return drafts.stream().filter(d -> d.title().equals(title)).findFirst().orElseThrow();
  }

  @Test
  void chaptersComeThroughTheFetchWithFractionalStartsRoundedDownAndHiddenOnesLeftOut() {
    assertThat(draft("Sparse Autoencoders with Neel Nanda").chapters())
        .containsExactly(
            new Chapter(0, "Intro"),
            new Chapter(65, "Sparse autoencoders"),
            new Chapter(300, "Outro"));
  }

  @Test
  void preferredVttTranscriptIsFetchedAndTheOthersAreNot() {
    Draft draft = draft("Sparse Autoencoders with Neel Nanda");

    assertThat(draft.transcript())
        .containsExactly(
            new Segment(0.0, 3.5, "Tim", "Welcome to Street Talk."),
            new Segment(3.5, 8.0, "Neel", "Sparse autoencoders find features."));
    assertThat(draft.sources())
        .containsExactly(
            new Source(feedUrl, "rss"),
            new Source(server.url("/feeds/chapters/ep1.json"), "podcast-chapters"),
            new Source(server.url("/feeds/transcripts/ep1.vtt"), "webvtt"));
    assertThat(server.requests())
        .contains("/feeds/show.xml", "/feeds/chapters/ep1.json", "/feeds/transcripts/ep1.vtt")
        .doesNotContain("/feeds/transcripts/ep1.json", "/feeds/transcripts/ep1.html");
  }

  @Test
  void transcriptAnswering404IsReportedAndTheNextFormatIsUsed() {
    Draft draft = draft("Grokking & Generalization");

    assertThat(draft.transcript())
        .containsExactly(
            new Segment(0.0, 4.0, "Tim", "What is grokking?"),
            new Segment(4.0, 9.5, "Neel", "Sudden generalization after memorising."));
    assertThat(draft.sources())
        .containsExactly(
            new Source(feedUrl, "rss"),
            new Source(server.url("/feeds/transcripts/ep2.json"), "podcast-json-transcript"));
    assertThat(problems).contains(grokkingLinksUnread());
  }

  /** The one line for the item whose chapters and first transcript both answer 404. */
  private Problem grokkingLinksUnread() {
    return new Problem(
        feedUrl,
        29,
        "item \"Grokking & Generalization\": 2 linked files could not be read (chapters HTTP 404"
            + " from "
            + server.url("/feeds/chapters/missing.json")
            + "; transcript HTTP 404 from "
            + server.url("/feeds/transcripts/missing.vtt")
            + "); the item is kept with what could be read");
  }

  @Test
  void chaptersAnswering404AreReportedAndTheItemKeptWithoutThem() {
    assertThat(draft("Grokking & Generalization").chapters()).isEmpty();
    assertThat(problems).containsOnlyOnce(grokkingLinksUnread());
    assertThat(problems).filteredOn(p -> p.line() == 29).hasSize(1);
  }

  @Test
  void timedSrtIsPreferredOverPlainTextAndHtmlTranscriptsAreReadAsText() {
    assertThat(draft("Superposition").transcript())
        .containsExactly(
            new Segment(0.0, 5.0, null, "Features outnumber neurons."),
            new Segment(5.0, 10.0, null, "So they share directions."));
    assertThat(draft("Listener Questions").transcript())
        .containsExactly(
            new Segment(0.0, 12.0, "Tim", "First question, from Ana."),
            new Segment(12.0, 30.0, "Neel", "Good question & a hard one."),
            new Segment(30.0, 30.0, "Tim", "Next one."));
    assertThat(server.requests()).doesNotContain("/feeds/transcripts/ep3.txt");
  }

  @Test
  void relativeLinksResolveAgainstTheFeedUrl() {
    Draft draft = draft("Grokking & Generalization");

    assertThat(draft.links().page()).isEqualTo(server.url("/feeds/episodes/2"));
    assertThat(draft.links().audio()).isEqualTo(server.url("/feeds/audio/ep2.mp3"));
  }

  @Test
  void ttmlTranscriptIsTakenBeforeTextAndHtmlButAfterJson() throws IOException {
    List<Problem> met = new ArrayList<>();
    try (FeedServer ttmlServer = FeedServer.start()) {
      HttpFetcher fetcher = new HttpFetcher(Duration.ofSeconds(5), HttpFetcher.MAX_BYTES);
      SourceText feed = fetcher.fetch(ttmlServer.url("/feeds/ttml-show.xml"));
      List<Draft> read = new FeedReader(fetcher, new TranscriptReader()).read(feed, met::add);

      Draft ttml =
          read.stream()
              .filter(d -> d.title().equals("Welcome to War Talk"))
              .findFirst()
              .orElseThrow();
      assertThat(ttml.transcript())
          .containsExactly(
              new Segment(0.22, 28.62, "SPEAKER_1", "Welcome to WarTalk. With us today."),
              new Segment(30.0, 35.5, "SPEAKER_2", "Thanks for having me."));
      assertThat(ttml.sources())
          .contains(new Source(ttmlServer.url("/feeds/transcripts/ep6.ttml"), "ttml"));
      Draft json =
          read.stream().filter(d -> d.title().equals("Grokking Again")).findFirst().orElseThrow();
      assertThat(json.sources())
          .contains(
              new Source(ttmlServer.url("/feeds/transcripts/ep2.json"), "podcast-json-transcript"));
      assertThat(ttmlServer.requests())
          .containsOnlyOnce("/feeds/transcripts/ep6.ttml")
          .doesNotContain("/feeds/transcripts/ep1.html", "/feeds/transcripts/ep3.txt");
      assertThat(met).isEmpty();
    }
  }
}
