package dev.podcastqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Episode;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceException;
import dev.podcastqa.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files that open with an XML declaration: an XHTML transcript page is read as the HTML page it is,
 * and XML of no known kind (a Transcriber {@code .trs}) is a problem line, not a page titled {@code
 * <?xml version="1.0"?>}. Both are excerpts of Logbuch Netzpolitik 232 (SOURCES in README.md).
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
  void anXhtmlPageWithAnXmlDeclarationIsReadAsHtml() {
    Corpus corpus = ingester.ingest(List.of(FORMATS + "lnp232-trs2html.html"));

    assertThat(corpus.episodes()).hasSize(1);
    Episode episode = corpus.episodes().get(0);
    assertThat(episode.title()).isEqualTo("Transcript of lnp232-der-boese-kleber-aus-deutschland");
    assertThat(episode.description()).contains("Guten Morgen Thomas").doesNotContain("<p");
  }

  @Test
  void xmlOfNoKnownKindIsAProblemNamingItsRootAndTheOtherFilesAreRead() {
    Corpus corpus =
        ingester.ingest(List.of(FORMATS + "lnp232.trs", FORMATS + "phoenix-cast-029.md"));

    assertThat(corpus.episodes()).hasSize(1);
    assertThat(corpus.problems())
        .containsExactly(
            new Problem(
                FORMATS + "lnp232.trs",
                1,
                "XML with a <Trans> root is neither a feed, a TTML transcript nor an HTML page;"
                    + " not read"));
  }
}
