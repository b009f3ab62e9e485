package dev.podcastqa.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.ingest.source.Draft;
import dev.podcastqa.ingest.source.Problem;
import dev.podcastqa.ingest.source.SourceText;
import dev.podcastqa.ingest.transcript.TranscriptReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Podcasting 2.0 {@code podcast:person} tags name an episode's hosts and guests in its notes: the
 * item's own list, else the channel's; people of other groups (a cover artist) are no host.
 */
class FeedPeopleTests {

  private static final String NAMESPACE = "https://podcastindex.org/namespace/1.0";

  private final FeedReader reader = new FeedReader(new ResourceFetcher(), new TranscriptReader());
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void anItemWithoutPeopleTakesTheChannelsAndAnItemsOwnListReplacesThem() {
    String feed =
        "<rss xmlns:podcast=\""
            + NAMESPACE
            + "\"><channel><title>Show</title><podcast:person href=\"https://example.org/ann\">Ann"
            + " Host</podcast:person><podcast:person group=\"visuals\" role=\"cover art"
            + " designer\">Bo Art</podcast:person>"
            + "<item><title>One</title><description>First.</description></item>"
            + "<item><title>Two</title><description>Second.</description><podcast:person"
            + " role=\"Host\">Cy Host</podcast:person><podcast:person role=\"co-host\">Di"
            + " Host</podcast:person><podcast:person role=\"guest\""
            + " href=\"https://example.org/ed\">Ed Guest</podcast:person><podcast:person"
            + " role=\"guest\">  </podcast:person></item></channel></rss>";

    List<Draft> drafts = reader.read(SourceText.of("people.xml", feed), problems::add);

    assertThat(drafts.get(0).description())
        .containsExactly("First.", "Host: Ann Host (https://example.org/ann).");
    assertThat(drafts.get(1).description())
        .containsExactly(
            "Second.", "Hosts: Cy Host, Di Host. Guest: Ed Guest (https://example.org/ed).");
  }
}
