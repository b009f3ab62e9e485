package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.retrieve.Passage;
import dev.podcastqa.retrieve.QueryTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PersonPronounsTests {

  private final QueryTerms terms = new QueryTerms();
  private final QuoteText text = new QuoteText(terms);

  @AfterEach
  void close() {
    terms.close();
  }

  @Test
  void aQuoteLeaningOnSomeoneIsQuotedWithTheSentenceThatNamesThemOrNotAtAll() {
    Chunk named =
        new Chunk(
            "talk/12",
            "talk",
            ChunkKind.TRANSCRIPT,
            700,
            760,
            null,
            "",
            "Bryan: My co-founder came through Paul English. I'm not sure how far his presence"
                + " reaches, but he's a big deal here.",
            null);
    Chunk unnamed =
        new Chunk(
            "talk/20",
            "talk",
            ChunkKind.TRANSCRIPT,
            1200,
            1260,
            null,
            "",
            "So the attack works on the mempool. So he wants to pin it in mempools.",
            null);

    Quote leaning = quote(named, "I'm not sure how far his presence reaches, but he's a big deal.");
    Quote plain = quote(named, "My co-founder came through Paul English.");

    assertThat(PersonPronouns.naming(leaning, text))
        .get()
        .extracting(Quote::text)
        .isEqualTo(
            "My co-founder came through Paul English. I'm not sure how far his presence reaches,"
                + " but he's a big deal.");
    assertThat(PersonPronouns.naming(plain, text)).containsSame(plain);
    assertThat(PersonPronouns.naming(quote(unnamed, "So he wants to pin it in mempools."), text))
        .isEmpty();
    // A name in another speaker's turn is not the referent quoted: it would be cited as theirs.
    Chunk turns =
        new Chunk(
            "talk/30",
            "talk",
            ChunkKind.TRANSCRIPT,
            2880,
            2940,
            null,
            "",
            "Stephan: Andrew Poelstra is super smart.\nCasey: These limits were removed for a"
                + " reason. He's like, yeah, the only winning move is not to play.",
            null);
    assertThat(
            PersonPronouns.naming(
                quote(turns, "He's like, yeah, the only winning move is not to play."), text))
        .isEmpty();
  }

  private Quote quote(Chunk chunk, String said) {
    return new Quote(new Passage(chunk, 0.03, 0.5, 1, 1, 1), said, terms.of(said), 1.0);
  }

  @Test
  void aPronounForAPersonBeforeAnyNameLeansOnSomeoneElsewhere() {
    // Quoted by probe34 answers, each beside a passage where "he" was someone else.
    assertThat(PersonPronouns.leansOnSomeone("So he wants to pin it in mempools.")).isTrue();
    assertThat(
            PersonPronouns.leansOnSomeone(
                "Beyond to get him on self-custody was a few years, to get him on multi sig"))
        .isTrue();
    assertThat(
            PersonPronouns.leansOnSomeone(
                "And like, these limits were removed for a reason. … He’s like, yeah, the only"
                    + " winning move is not to play"))
        .isTrue();
  }

  @Test
  void aQuoteThatNamesSomeoneFirstOrSpeaksOfNoOneStandsAlone() {
    assertThat(
            PersonPronouns.leansOnSomeone(
                "I know that Adam Elmore in his blog says he loves doing exams."))
        .isFalse();
    assertThat(PersonPronouns.leansOnSomeone("Isaac told me his plan.")).isFalse();
    assertThat(PersonPronouns.leansOnSomeone("Yeah. That's what he said.")).isTrue();
    assertThat(PersonPronouns.leansOnSomeone("I'm a software engineer. I live in the Bay Area."))
        .isFalse();
    assertThat(PersonPronouns.leansOnSomeone("The mempool is a data structure.")).isFalse();
    assertThat(PersonPronouns.leansOnSomeone("They said there was a theory.")).isFalse();
    assertThat(PersonPronouns.leansOnSomeone("Ask Sheila: the shelter helps.")).isFalse();
  }
}
