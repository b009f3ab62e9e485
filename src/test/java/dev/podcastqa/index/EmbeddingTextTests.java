package dev.podcastqa.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the embedding model reads of a chunk: a transcript's turns without the labels of voices no
 * one named, while the passage kept for quoting keeps them, and the content hash that tells an
 * index built before which chunks to embed again.
 */
class EmbeddingTextTests {

  private static final EpisodeFacts FACTS =
      new EpisodeFacts("ep", "Talking Turkeys", "Oxide and Friends", null);

  private static final String ANONYMOUS =
      "Speaker 2: Yeah.\nSPEAKER_00: Hi. I assume you mean me.\nspk_1: Speaker 3: is a label.";

  private static final String NAMED = "Bryan: Yeah.\nAdam: Hi. I assume you mean me.";

  private static final String OLD_ANONYMOUS =
      "Speaker 2: Yeah.\nSpeaker 12: Hi. I assume you mean me.";

  @Test
  void aTranscriptIsEmbeddedWithoutTheLabelsOfUnnamedVoicesAndStoredWithThem() {
    Chunk chunk = transcript("Hubris", ANONYMOUS);

    assertThat(chunk.embeddingText())
        .isEqualTo("Hubris\nYeah.\nHi. I assume you mean me.\nSpeaker 3: is a label.");
    assertThat(chunk.text()).isEqualTo(ANONYMOUS);
  }

  @Test
  void namedSpeakersAndShowNotesAreEmbeddedAsWritten() {
    assertThat(transcript("", NAMED).embeddingText()).isEqualTo(NAMED);
    Chunk notes =
        new Chunk("ep/n", "ep", ChunkKind.DESCRIPTION, 0, null, null, "", ANONYMOUS, null);
    assertThat(notes.embeddingText()).isEqualTo(ANONYMOUS);
  }

  @Test
  void onlyAChunkEmbeddedOtherwiseThanBeforeGetsANewContentHash() {
    // The hashes the build before this one gave these chunks (main at 30e404a): an index it built
    // embeds the labelled transcript again, and nothing else.
    assertThat(ContentHash.of(FACTS, List.of(transcript("", NAMED))))
        .isEqualTo("3fcf9cbc43f2f58a5639ef32c2e5433d55fad2a82e69f138739acf4143cbfa0a");
    assertThat(ContentHash.of(FACTS, List.of(transcript("", OLD_ANONYMOUS))))
        .isNotEqualTo("aa140ccc29b7f5e795b0656f37b3bc1b1a8578c230e970812601b959501deb75");
  }

  private static Chunk transcript(String context, String text) {
    return new Chunk("ep/0", "ep", ChunkKind.TRANSCRIPT, 0, 60, null, context, text, null);
  }
}
