package dev.podcastqa.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.index.lucene.LuceneChunkStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name the captions misheard, said in a chunk that is not among the question's best passages: the
 * rest of the name finds it, so the question is read with the captions' spelling ("Sarah Cain egg"
 * for "Sarah Koenig") instead of holding a word no chunk has. Over a real Lucene store.
 */
class MisheardNamesTests {

  private static final QueryTerms TERMS = new QueryTerms();

  @TempDir Path temp;

  private LuceneChunkStore store;
  private EvidenceFinder finder;

  /** A passage about something else: what the question's own search found first. */
  private final List<Passage> elsewhere = List.of(passage("The weather was fine all week."));

  @BeforeEach
  void open() {
    store =
        TranscriptLines.store(
            temp,
            List.of(
                "It's Sarah Cain egg with a quick reminder about the case.",
                "The weather was fine all week.",
                "Alexander came back from the base in the spring.",
                "Nobody here talks about the trial."));
    finder = new EvidenceFinder(TERMS, WordRarity.load(), store);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @AfterAll
  static void closeTerms() {
    TERMS.close();
  }

  @Test
  void aMisheardNameIsReadAsTheChunkThatSaysTheRestOfItSpellsIt() {
    String heard = finder.asSaid("How did Sarah Koenig first hear about the case?", elsewhere);

    assertThat(heard).isEqualTo("How did Sarah Cain egg first hear about the case?");
    assertThat(finder.find(heard, elsewhere).missingSpecificWords()).isEmpty();
  }

  @Test
  void theMisheardWordAloneWithoutTheRestOfItsNameIsNotLookedFor() {
    // No name of two words, so no search: the passages found do not spell it, and it is missing.
    String question = "How did Koenig first hear about the case?";

    assertThat(finder.asSaid(question, elsewhere)).isEqualTo(question);
    assertThat(finder.find(question, elsewhere).missingSpecificWords()).containsExactly("koenig");
  }

  @Test
  void aNameWhoseRestIsSaidWithNothingLikeTheMissingWordBesideItStaysMissing() {
    // "Alexander" is said, but no word near-sounding "Walan" is in what its search finds.
    String question = "How long did Alexander Walan serve at the base?";

    assertThat(finder.asSaid(question, elsewhere)).isEqualTo(question);
  }

  @Test
  void onlyANameHoldingAWordNoChunkHasIsSearchedFor() {
    assertThat(
            NamePhrases.chunksNaming(
                store, "How did Sarah Koenig hear about it?", List.of("koenig")))
        .anyMatch(text -> text.contains("Sarah Cain egg"));
    assertThat(NamePhrases.chunksNaming(store, "How did Sarah Koenig hear about it?", List.of()))
        .isEmpty();
    assertThat(
            NamePhrases.chunksNaming(
                store, "How did sarah koenig hear about it?", List.of("koenig")))
        .as("written in lower case, it is no name")
        .isEmpty();
  }

  private static Passage passage(String text) {
    Chunk chunk =
        new Chunk(
            "p-" + Math.abs(text.hashCode()),
            "e",
            ChunkKind.TRANSCRIPT,
            0,
            null,
            null,
            "",
            text,
            null);
    return new Passage(chunk, 0.5, 0.5, 1.0, 1, 1);
  }
}
