package dev.podcastqa.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.index.lucene.LuceneChunkStore;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names of two or more words a question writes, and whether a real Lucene store says each as
 * such: every word of a name may be in some chunk while the name itself is in none.
 */
class NamePhrasesTests {

  /** Whether a word is specific, as the service reads it. */
  private static final Predicate<String> SPECIFIC = WordRarity.load()::isSpecific;

  @TempDir Path temp;

  private LuceneChunkStore store;

  @BeforeEach
  void open() {
    store =
        TranscriptLines.store(
            temp,
            List.of(
                "We built our analytics stack in Cambridge before the move.",
                "DJ Patil served as the first US chief data scientist.",
                "I got an award from the Department of Defense for that work.",
                "Sam Harris wrote a whole book about it.",
                "Nobody here talks about the weather."));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aNameIsCapitalizedWordsInARowAfterTheQuestionsFirstWord() {
    assertThat(NamePhrases.of("What does DJ Patil think about the Cambridge Analytica scandal?"))
        .containsExactly(List.of("DJ", "Patil"), List.of("Cambridge", "Analytica"));
    // "of" may join two capitalized words; a possessive is not part of the name.
    assertThat(NamePhrases.of("What award did he get from the Department of Defense?"))
        .containsExactly(List.of("Department", "of", "Defense"));
    assertThat(NamePhrases.of("What does Sapolsky think of Sam Harris's book?"))
        .containsExactly(List.of("Sam", "Harris"));
  }

  @Test
  void oneCapitalizedWordOrTheQuestionsOwnFirstWordMakesNoName() {
    assertThat(NamePhrases.of("What does Sapolsky think of free will?")).isEmpty();
    // "Sam" is capitalized because it opens the question: "Harris" alone is one word.
    assertThat(NamePhrases.of("Sam Harris wrote which book?")).isEmpty();
    assertThat(NamePhrases.of("Which Emacs tool does she use?")).isEmpty();
  }

  @Test
  void aTextSaysANameWithItsWordsInARowWhateverTheCaseAndPunctuation() {
    List<String> name = List.of("Cambridge", "Analytica");

    assertThat(NamePhrases.says("the cambridge analytica thing", name)).isTrue();
    assertThat(NamePhrases.says("Dr. Becky", List.of("Dr", "Becky"))).isTrue();
    // Both words, apart or as part of other words, are not the name.
    assertThat(NamePhrases.says("analytica was founded in Cambridge", name)).isFalse();
    assertThat(NamePhrases.says("Cambridge Analyticals", name)).isFalse();
    assertThat(NamePhrases.says("Cambridge analytics", name)).isFalse();
  }

  @Test
  void aNameIsSaidInTheSingularThePluralOrThePossessive() {
    List<String> democrats = List.of("Wisconsin", "Democrats");

    assertThat(NamePhrases.says("prevent Wisconsin Democrat from", democrats)).isTrue();
    assertThat(NamePhrases.says("Wisconsin's democrats", democrats)).isTrue();
    assertThat(NamePhrases.says("the Wisconsin Democrats", List.of("Wisconsin", "Democrat")))
        .isTrue();
    // A word that only ends like a plural keeps its "s"; a longer word is not the name.
    assertThat(NamePhrases.says("in Paris Hilton", List.of("Paris", "Hilton"))).isTrue();
    assertThat(NamePhrases.says("in Pari Hilton", List.of("Paris", "Hilton"))).isFalse();
    assertThat(NamePhrases.says("Wisconsin Democratic", democrats)).isFalse();
    assertThat(NamePhrases.says("Wisconsin Democrat", List.of("Wisconsin", "Democrats"))).isTrue();
  }

  @Test
  void aNameNoChunkSaysIsMissingThoughEachOfItsWordsIsSaid() {
    NamePhrases phrases = new NamePhrases(store, id -> "", SPECIFIC);

    // "Cambridge" and "analytics" (the stem "analyt" of "Analytica") are in the first chunk.
    assertThat(phrases.missing("What does DJ Patil think about the Cambridge Analytica scandal?"))
        .isEqualTo(1);
    assertThat(phrases.missing("What did DJ Patil get from the Department of Defense?")).isZero();
    assertThat(phrases.missing("What does Sapolsky think of Sam Harris's book?")).isZero();
    // No name of two words, nothing to miss.
    assertThat(phrases.missing("What is annoying about the Weather?")).isZero();
  }

  /**
   * A capitalized word of a listener's name that the found chunks write in lower case is a common
   * noun, not part of a name the episodes lack: P2Podcast episode 6 (probe36b) says "Pepe" and "the
   * frog guys", never "Pepe the Frog".
   */
  @Test
  void aWordTheChunksWriteInLowerCaseIsNoMissingPartOfAName(@TempDir Path own) {
    try (LuceneChunkStore pepe =
        TranscriptLines.store(
            own,
            List.of(
                "OK. And what's the origin of Pepe? Kind of just like it's an entirety.",
                "I know the meme and, you know, I'll go on like Instagram and things like that and,"
                    + " you know, see the frog guys and stuff.",
                "You're like, this is my frog watch.",
                "In the West nobody noticed, and the bank was closed."))) {
      NamePhrases phrases = new NamePhrases(pepe, id -> "", SPECIFIC);

      assertThat(phrases.missing("Who drew the original Pepe the Frog?")).isZero();
      // A name whose other words the chunks never say stays missing.
      assertThat(phrases.missing("Who drew the original Pepe the Toad?")).isEqualTo(1);
      assertThat(phrases.missing("Who drew the original Kermit the Frog?")).isEqualTo(1);
      // What is left must name something specific: "West" of "West Bank" is an everyday word.
      assertThat(phrases.missing("Who guards the checkpoints in the West Bank?")).isEqualTo(1);
    }
  }

  @Test
  void aNameSaidOnlyInTheTitleOrPodcastOfAFoundChunksEpisodeIsSaid() {
    String question = "What did Patil say in the Weather Report Show?";

    assertThat(new NamePhrases(store, id -> "", SPECIFIC).missing(question)).isEqualTo(1);
    assertThat(
            new NamePhrases(store, id -> "Episode 9\nThe Weather Report Show", SPECIFIC)
                .missing(question))
        .isZero();
    // Another episode's title does not say it for these chunks.
    assertThat(
            new NamePhrases(store, id -> id.equals("e") ? "" : "The Weather Report Show", SPECIFIC)
                .missing(question))
        .isEqualTo(1);
  }
}
