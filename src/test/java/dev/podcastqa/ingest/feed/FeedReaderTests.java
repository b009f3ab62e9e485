package dev.podcastqa.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Links;
import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.ingest.source.SourceText;
import dev.podcastqa.ingest.transcript.Fixture;
import dev.podcastqa.ingest.transcript.TranscriptReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReaderTests {

  private static final String FEED_URL = ResourceFetcher.BASE + "feeds/show.xml";

  private final ResourceFetcher fetcher = new ResourceFetcher();
  private final FeedReader reader = new FeedReader(fetcher, new TranscriptReader());
  private final List<Problem> problems = new ArrayList<>();

  private List<Draft> readShow() {
    return reader.read(
        SourceText.of(FEED_URL, Fixture.text("feeds/show.xml").content()), problems::add);
  }

  private static Draft titled(List<Draft> drafts, String title) {
    return drafts.stream().filter(d -> d.title().equals(title)).findFirst().orElseThrow();
  }

  @Test
  void itemFieldsBecomeDraftFields() {
    Draft draft = titled(readShow(), "Sparse Autoencoders with Neel Nanda");

    assertThat(draft.podcast()).isEqualTo("Street Talk");
    assertThat(draft.guid()).isEqualTo("st-ep1");
    assertThat(draft.published()).isEqualTo(LocalDate.of(2024, 12, 7));
    assertThat(draft.durationSeconds()).isEqualTo(3723);
    assertThat(draft.links())
        .isEqualTo(
            new Links(
                "https://streettalk.example.com/episodes/1",
                "https://cdn.example.com/ep1.mp3",
                null));
  }

  @Test
  void aStrayAmpersandInOneItemDoesNotLoseTheFeed() {
    String path = "ingest/formats/no-agenda-stray-ampersand.xml";
    List<Draft> drafts =
        reader.read(SourceText.of(path, Fixture.text(path).content()), problems::add);

    assertThat(drafts).extracting(Draft::title).containsExactly("1374: \"Shetard\"");
    assertThat(drafts.get(0).links().audio())
        .isEqualTo("https://mp3s.nashownotes.com/NA-1374-2021-08-19-Final.mp3");
    assertThat(drafts.get(0).description()).contains("Pat E", "Kristi Jensen");
    assertThat(problems)
        .filteredOn(p -> p.line() == 144)
        .extracting(Problem::reason)
        .containsExactly(
            "an '&' that starts no XML entity (\"&gtgt;\", 1 in the feed) is not well-formed XML;"
                + " each is read as the character '&'");
  }

  @Test
  void bareAmpersandsAreCharactersButCdataIsLeftAsWritten() {
    String feed =
        "<rss><channel><title>AT&T Talk</title><item><title>Q&A</title>"
            + "<description><![CDATA[<p>Tom &amp; Jerry</p>]]></description>"
            + "</item></channel></rss>";

    List<Draft> drafts = reader.read(SourceText.of("qa.xml", feed), problems::add);

    assertThat(drafts)
        .extracting(Draft::title, Draft::podcast)
        .containsExactly(tuple("Q&A", "AT&T Talk"));
    assertThat(drafts.get(0).description()).containsExactly("Tom & Jerry");
    assertThat(problems)
        .extracting(Problem::reason)
        .contains(
            "an '&' that starts no XML entity (\"&T\", 2 in the feed) is not well-formed XML;"
                + " each is read as the character '&'");
  }

  @Test
  void aFeedBrokenForAnotherReasonStillNamesTheFirstError() {
    String broken = "<rss><channel><title>A &amp; B</title><item><title>x</item></channel></rss>";

    assertThatThrownBy(() -> reader.read(SourceText.of("broken.xml", broken), problems::add))
        .isInstanceOf(SourceException.class)
        .hasMessageContaining("not well-formed XML");
  }

  @Test
  void htmlContentEncodedBecomesPlainParagraphs() {
    assertThat(titled(readShow(), "Sparse Autoencoders with Neel Nanda").description())
        .containsExactly(
            "Neel explains sparse autoencoders & features.",
            "Superposition",
            "Dictionary learning",
            "Thanks for",
            "listening!");
  }

  @Test
  void descriptionThenItunesSummaryStandInForContentEncoded() {
    List<Draft> drafts = readShow();

    assertThat(titled(drafts, "Grokking & Generalization").description())
        .containsExactly("Why models suddenly generalize.", "With \"grokking\" curves.");
    assertThat(titled(drafts, "Superposition").description())
        .containsExactly("Features outnumber neurons.", "Models pack them into superposition.");
  }

  @Test
  void durationsInEveryFormAndDatesWithWrongWeekdaysAreRead() {
    List<Draft> drafts = readShow();

    assertThat(drafts)
        .extracting(Draft::title, Draft::durationSeconds, Draft::published)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Sparse Autoencoders with Neel Nanda", 3723, LocalDate.of(2024, 12, 7)),
            org.assertj.core.groups.Tuple.tuple(
                "Grokking & Generalization", 4530, LocalDate.of(2023, 6, 18)),
            org.assertj.core.groups.Tuple.tuple("Superposition", 3600, LocalDate.of(2023, 7, 1)),
            org.assertj.core.groups.Tuple.tuple("Listener Questions", 2730, null));
  }

  @Test
  void everyProblemOfTheFeedIsReportedAtItsItemLine() {
    readShow();
    String base = ResourceFetcher.BASE + "feeds/";

    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly(
            FEED_URL
                + ":29: item \"Grokking & Generalization\": 2 linked files could not be read"
                + " (chapters HTTP 404 from "
                + base
                + "chapters/missing.json; transcript HTTP 404 from "
                + base
                + "transcripts/missing.vtt); the item is kept with what could be read",
            FEED_URL
                + ":41: item \"Superposition\": no <enclosure> with a url;"
                + " its episode is indexed without an audio link",
            FEED_URL + ":51: item with guid \"st-untitled\": no <title>, so it is skipped");
  }

  @Test
  void itemWithoutEnclosureIsKeptWithoutAudio() {
    Draft draft = titled(readShow(), "Superposition");

    assertThat(draft.links().audio()).isNull();
    assertThat(draft.transcript()).isNotEmpty();
  }

  @Test
  void itemWithoutTitleIsSkipped() {
    assertThat(readShow()).extracting(Draft::guid).doesNotContain("st-untitled").hasSize(4);
  }

  @Test
  void feedReadFromAFileReportsRelativeLinksItCannotFetch() {
    List<Draft> drafts = reader.read(Fixture.text("feeds/show.xml"), problems::add);

    assertThat(titled(drafts, "Sparse Autoencoders with Neel Nanda").chapters()).isEmpty();
    // One line for the item, however many of its links were tried.
    assertThat(problems)
        .filteredOn(problem -> problem.line() == 15)
        .extracting(Problem::toString)
        .singleElement()
        .asString()
        .startsWith(
            "feeds/show.xml:15: item \"Sparse Autoencoders with Neel Nanda\": 4 linked files"
                + " could not be read (chapters URL \"chapters/ep1.json\" is relative and the feed"
                + " was not read from a URL; transcript URL \"transcripts/ep1.vtt\" is relative");
    assertThat(fetcher.fetched()).isEmpty();
  }

  @Test
  void invalidXmlFailsWithTheParserLine() {
    assertThatThrownBy(() -> reader.read(Fixture.text("feeds/broken.xml"), problems::add))
        .isInstanceOf(SourceException.class)
        .hasMessage(
            "feeds/broken.xml:7: not well-formed XML: The element type \"title\" must be"
                + " terminated by the matching end-tag \"</title>\".");
  }

  @Test
  void externalEntitiesAreNeverRead() {
    assertThatThrownBy(() -> reader.read(Fixture.text("feeds/xxe.xml"), problems::add))
        .isInstanceOf(SourceException.class)
        .hasMessage(
            "feeds/xxe.xml:7: not well-formed XML: The entity \"secret\" was referenced,"
                + " but not declared.");
  }

  /** The fuzz test's FLIP_BYTES of xxe.xml (seed 1): a control character inside the DTD. */
  @Test
  void aDtdErrorTheJdkHasNoMessageForIsNotWellFormedXmlNotACrash() {
    SourceText broken =
        SourceText.of(
            "broken.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n  <!ENTITY a \"b\">\u0001\n]>\n"
                + "<rss version=\"2.0\"><channel><title>T</title></channel></rss>");

    // a MissingResourceException before, reported as "could not be read"
    assertThatThrownBy(() -> reader.read(broken, problems::add))
        .isInstanceOf(SourceException.class)
        .hasMessageStartingWith("broken.xml:3: not well-formed XML: ");
  }

  @Test
  void documentWhoseRootIsNotRssFails() {
    SourceText atom =
        SourceText.of(
            "atom.xml", "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"/>");

    assertThatThrownBy(() -> reader.read(atom, problems::add))
        .isInstanceOf(SourceException.class)
        .hasMessage("atom.xml:2: not an RSS feed: the root element is <feed>, not <rss>");
  }

  @Test
  void rssIsRecognizedAfterBomDeclarationCommentsAndDoctype() {
    assertThat(reader.recognize(SourceText.of("a", "<rss version=\"2.0\"><channel/></rss>")))
        .isTrue();
    assertThat(
            reader.recognize(
                SourceText.of(
                    "a",
                    "\uFEFF<?xml version=\"1.0\"?>\n<!-- generated -->\n"
                        + "<?xml-stylesheet href=\"s.xsl\"?>\n<!DOCTYPE rss>\n<rss\n version=\"2.0\">")))
        .isTrue();
    assertThat(reader.recognize(Fixture.text("feeds/show.xml"))).isTrue();
  }

  @Test
  void otherXmlAndTextThatMentionsRssAreNotFeeds() {
    assertThat(
            reader.recognize(SourceText.of("a", "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>")))
        .isFalse();
    assertThat(reader.recognize(SourceText.of("a", "<html><body><rss></rss></body></html>")))
        .isFalse();
    assertThat(reader.recognize(SourceText.of("a", "Subscribe to our <rss> feed!"))).isFalse();
    assertThat(reader.recognize(SourceText.of("a", "<rssfeed/>"))).isFalse();
  }
}
