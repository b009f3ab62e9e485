package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that open with an XML declaration: an XHTML transcript page is read as the HTML page it is,
 * a Transcriber {@code .trs} is a transcript, and XML of no known kind is a problem line, not a
 * page titled {@code <?xml version="1.0"?>}. The page and the {@code .trs} are excerpts of Logbuch
 * Netzpolitik 232 (SOURCES in README.md).
 */
class XmlSourcesTests {

  private static final String FORMATS = "src/test/resources/ingest/formats/";

  private final Ingester ingester =
      Ingester.reading(
          url -> {
            throw new SourceException(url, 0, "offline");
          },
          Json.newMapper());

  @Test
  void anXhtmlPageWithAnXmlDeclarationIsReadAsHtmlWithItsPlayTimes() {
    Corpus corpus = ingester.ingest(List.of(FORMATS + "lnp232-trs2html.html"));

    assertThat(corpus.episodes()).hasSize(1);
    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("Transcript of lnp232-der-boese-kleber-aus-deutschland");
    assertThat(corpus.transcripts().of(episode.id()))
        .extracting(Segment::startSeconds, Segment::speaker)
        .containsExactly(
            tuple(0.0, "Tim Pritlove"),
            tuple(2.0, "Thomas Lohninger"),
            tuple(25.0, "Tim Pritlove"),
            tuple(31.0, "Tim Pritlove"));
  }

  @Test
  void aTranscriberFileIsATranscriptWithItsSpeakersNames() {
    Corpus corpus = ingester.ingest(List.of(FORMATS + "lnp232.trs"));

    assertThat(corpus.episodes()).hasSize(1);
    Episode episode = corpus.episodes().get(0);
    assertThat(corpus.transcripts().of(episode.id()))
        .extracting(Segment::startSeconds, Segment::speaker)
        .containsExactly(
            tuple(0.0, "Tim Pritlove"),
            tuple(2.55, "Thomas Lohninger"),
            tuple(25.07, "Tim Pritlove"));
  }

  @Test
  void xmlOfNoKnownKindIsAProblemNamingItsRootAndTheOtherFilesAreRead(@TempDir Path folder)
      throws IOException {
    Path xml = folder.resolve("diarization.xml");
    Files.writeString(
        xml, "<?xml version=\"1.0\"?>\n<segments><segment start=\"0\" end=\"2\"/></segments>\n");

    Corpus corpus = ingester.ingest(List.of(xml.toString(), FORMATS + "phoenix-cast-029.md"));

    assertThat(corpus.episodes()).hasSize(1);
    assertThat(corpus.problems())
        .containsExactly(
            new Problem(
                xml.toString(),
                1,
                "XML with a <segments> root is neither a feed, a TTML transcript nor an HTML page;"
                    + " not read"));
  }
}
