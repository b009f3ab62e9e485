package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Segment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real transcripts from btctranscripts.com (the bitcointranscripts repository, SWEEP.md): Markdown
 * front matter with a {@code media:} link, then speaker heads alone on their lines in the shapes
 * its podcasts and talks use ({@code Casey Rodarmor – 00:03:18:}, {@code Stephan 00:00:00:}, {@code
 * 0xB10C: 00:00:15}, {@code [Audience]: 00:36:25}), each turn's text below its head.
 */
class BitcoinTranscriptsTests {

  private static final String DIR = "src/test/resources/ingest/formats/bitcointranscripts/";

  private final Ingester ingester = OfflineIngester.create();

  @Test
  void aNameADashAndAClockWithATrailingColonOpenATurnAtThatSecond() {
    Corpus corpus = ingester.ingest(List.of(DIR + "slp456-casey-rodarmor.md"));

    Episode episode = corpus.episodes().get(0);
    List<Segment> turns = corpus.transcripts().of(episode.id());
    assertThat(turns).hasSize(4);
    assertThat(turns.get(0).startSeconds()).isEqualTo(198.0);
    assertThat(turns.get(0).endSeconds()).isEqualTo(220.0);
    assertThat(turns.get(0).speaker()).isEqualTo("Casey Rodarmor");
    assertThat(turns.get(0).text()).startsWith("Thank you very much. It’s a real pleasure.");
    assertThat(turns.get(1))
        .extracting(Segment::startSeconds, Segment::speaker)
        .containsExactly(220.0, "Stephan Livera");
    assertThat(turns.get(3))
        .extracting(Segment::startSeconds, Segment::speaker)
        .containsExactly(236.0, "Stephan Livera");
    assertThat(turns.get(3).text()).startsWith("And so, look, I’ll be honest.");
    assertThat(corpus.problems()).isEmpty();
  }

  @Test
  void aPodcastFieldThatIsALinkIsThePageAndAYoutubeMediaLinkTheVideo() {
    Episode episode = ingester.ingest(List.of(DIR + "slp456-casey-rodarmor.md")).episodes().get(0);

    assertThat(episode.title()).isEqualTo("What are Ordinals?");
    assertThat(episode.podcast()).isNull();
    assertThat(episode.links())
        .isEqualTo(
            new Links(
                "https://stephanlivera.com/episode/456/",
                null,
                "https://www.youtube.com/watch?v=mwKN3jD8dmU"));
  }

  @Test
  void aFirstNameAndAClockWithATrailingColonOpenATurnHoursIncluded() {
    Corpus corpus = ingester.ingest(List.of(DIR + "slp455-anant-tapadia.md"));

    Episode episode = corpus.episodes().get(0);
    List<Segment> turns = corpus.transcripts().of(episode.id());
    assertThat(turns.get(0))
        .isEqualTo(new Segment(0, 158, "Stephan", "Anant, welcome back to the show."));
    assertThat(turns.get(1))
        .isEqualTo(new Segment(158, 160, "Anant", "Hey Stephan, thanks for having me again."));
    assertThat(turns)
        .extracting(Segment::startSeconds, Segment::speaker)
        .containsSubsequence(
            tuple(3589.0, "Anant"), tuple(3651.0, "Stephan"), tuple(3700.0, "Anant"));
    assertThat(turns).extracting(Segment::speaker).containsOnly("Stephan", "Anant");
  }

  @Test
  void anAudioFileMediaLinkIsTheAudio() {
    Episode episode = ingester.ingest(List.of(DIR + "slp455-anant-tapadia.md")).episodes().get(0);

    assertThat(episode.links().audio())
        .startsWith("https://anchor.fm/s/7d083a4/podcast/play/64348045/")
        .endsWith("f7fafb12-9441-7d85-d557-e9e5d18ab788.mp3");
    assertThat(episode.links().page()).isNull();
    assertThat(episode.links().video()).isNull();
  }

  @Test
  void aHandleOpeningWithADigitIsASpeakerAndASpotifyMediaLinkThePage() {
    Corpus corpus = ingester.ingest(List.of(DIR + "brink-pre-25-disclosures.md"));

    Episode episode = corpus.episodes().get(0);
    assertThat(corpus.transcripts().of(episode.id()))
        .extracting(Segment::startSeconds, Segment::speaker)
        .containsExactly(
            tuple(0.0, "Gloria Zhao"),
            tuple(15.0, "0xB10C"),
            tuple(17.0, "Niklas"),
            tuple(18.0, "Gloria Zhao"));
    assertThat(corpus.transcripts().of(episode.id()).get(1).text())
        .isEqualTo("Hey Gloria, hey Niklas.");
    assertThat(episode.links().page())
        .isEqualTo(
            "https://podcasters.spotify.com/pod/show/bitcoinbrink/episodes/"
                + "Discussing-Pre-25-0-Bitcoin-Core-Vulnerability-Disclosures-e2pfsjd");
  }

  @Test
  void aBracketedLabelWithAColonAndAClockOpensATurn() {
    Corpus corpus = ingester.ingest(List.of(DIR + "tabconf-2024-async-payjoin.md"));

    Episode episode = corpus.episodes().get(0);
    List<Segment> turns = corpus.transcripts().of(episode.id());
    assertThat(turns)
        .extracting(Segment::startSeconds, Segment::speaker)
        .containsExactly(
            tuple(2185.0, "Audience"),
            tuple(2201.0, "Brandon Lucas"),
            tuple(2203.0, "Audience"),
            tuple(2205.0, "Brandon Lucas"));
    assertThat(turns.get(0).text()).startsWith("So while the directory seems very lightweight");
    assertThat(episode.links().video())
        .isEqualTo("https://youtu.be/vPzvLxv0YfQ?si=yNhZFY9VTZkdBGuu");
  }

  @Test
  void anUntimedPageNamesNoPodcastByItsPodcastLinkWhichIsItsPage() {
    Episode episode = ingester.ingest(List.of(DIR + "slp257-matt-corallo.md")).episodes().get(0);

    assertThat(episode.title())
        .isEqualTo("Bitcoin Soft Fork Activation, Taproot, and Playing Chicken");
    assertThat(episode.podcast()).isNull();
    assertThat(episode.links())
        .isEqualTo(
            new Links(
                "https://stephanlivera.com/episode/257/",
                null,
                "https://www.youtube.com/watch?v=SY-v2chnS9s"));
    assertThat(episode.description()).contains("Matt, welcome to the show.");
  }

  @Test
  void theSpeakersTheFrontMatterListsAreNamedInTheNotes() {
    // Its turns are labelled by handle or first name; the list says the full names.
    Episode episode =
        ingester.ingest(List.of(DIR + "brink-pre-25-disclosures.md")).episodes().get(0);

    assertThat(episode.description()).contains("Speakers: 0xB10C, Niklas Gögge, Gloria Zhao.");
  }

  @Test
  void aSummaryFieldIsTheNotesWhenThereIsNoDescription(@TempDir Path folder) throws IOException {
    // The shape of btctranscripts.com's reviewed transcripts (Chaincode, Brink): summary, speakers
    // labelled "Speaker 0" in the body.
    Path file =
        Files.writeString(
            folder.resolve("mempool-policy.md"),
            """
            ---
            title: "Mempool Policy"
            speakers: ['John Newbery', 'Gloria Zhao']
            summary: "Brink co-founder, John Newbery, and Brink fellow, Gloria Zhao, discuss mempool policy."
            date: 2021-11-10
            ---
            Speaker 0: 00:00:00

            Hello and welcome to the Brink podcast.

            Speaker 1: 00:00:09

            Hi John, great to be here.

            Speaker 0: 00:00:15

            So what is a mempool, and why does every node keep one?

            Speaker 1: 00:00:23

            It is where a node keeps the unconfirmed transactions it has checked.

            Speaker 0: 00:00:41

            And what is mempool policy, as opposed to consensus?

            Speaker 1: 00:00:50

            Policy is the rules a node applies to what it relays, beyond what blocks must follow.
            """);

    Corpus corpus = ingester.ingest(List.of(file.toString()));
    Episode episode = corpus.episodes().get(0);

    assertThat(corpus.transcripts().of(episode.id())).hasSize(6);
    assertThat(episode.description())
        .isEqualTo(
            "Brink co-founder, John Newbery, and Brink fellow, Gloria Zhao, discuss mempool"
                + " policy.\n\nSpeakers: John Newbery, Gloria Zhao.");
  }
}
