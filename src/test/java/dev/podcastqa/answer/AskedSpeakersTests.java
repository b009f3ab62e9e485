package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Segment;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import dev.podcastqa.retrieve.QueryTerms;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AskedSpeakersTests {

  /** The voices of Syntax 305 (SRT, probe35b), and an anonymous one. */
  private static final List<Segment> SYNTAX =
      List.of(
          new Segment(0.36, 24.48, "Announcer", "Monday, Monday, Monday Open wide."),
          new Segment(25.92, 135.33, "Scott Tolinski", "Oh, welcome to syntax."),
          new Segment(135.66, 210.54, "Wes Bos", "No, it's it's not."),
          new Segment(211.0, 212.0, "Unknown", "Yeah."));

  private final QueryTerms terms = new QueryTerms();
  private final QuoteText text = new QuoteText(terms);

  @AfterEach
  void close() {
    terms.close();
  }

  @Test
  void aCapitalisedWordOfALabelNamesThatSpeaker() {
    assertThat(
            AskedSpeakers.of("What does Wes think about conventional commits?", SYNTAX, text)
                .labels())
        .containsExactly("Wes Bos");
    assertThat(
            AskedSpeakers.of("What was Scott Tolinski's point on semver?", SYNTAX, text).labels())
        .containsExactly("Scott Tolinski");
  }

  @Test
  void aQuestionNamingNoSpeakerOrOnlyAnUnnamedVoiceNamesNone() {
    assertThat(AskedSpeakers.of("What are conventional commits?", SYNTAX, text).isEmpty()).isTrue();
    assertThat(AskedSpeakers.of("What did Unknown say about lambda?", SYNTAX, text).isEmpty())
        .isTrue();
    // Lower case is a word, not a name ("wes" nowhere): a question's first word is never a name.
    assertThat(AskedSpeakers.of("Scott said what about commits?", SYNTAX, text).isEmpty()).isTrue();
  }

  @Test
  void aFirstNameTwoSpeakersShareNamesNeither() {
    List<Segment> two =
        List.of(
            new Segment(0, 5, "Dan Abramov", "Hi."), new Segment(5, 9, "Dan Shappir", "Hello."));

    assertThat(AskedSpeakers.of("What does Dan think about hooks?", two, text).isEmpty()).isTrue();
    assertThat(AskedSpeakers.of("What does Dan Abramov think about hooks?", two, text).labels())
        .containsExactly("Dan Abramov");
  }

  @Test
  void aGuestTheEpisodesTitleNamesIsNotSoughtByVoice() {
    // The Great Simplification 88 (real tuning set): the guest speaks most of the episode, and
    // "Sapolsky" in the question chose it; the rest of the question finds the moment.
    List<Segment> interview =
        List.of(
            new Segment(2.0, 33.0, "Nate Hagens", "You are listening to the Great Simplification."),
            new Segment(6595.0, 6620.0, "Professor Robert Sapolsky", "Oh, I pontificate."));
    AskedSpeakers asked =
        AskedSpeakers.of("What advice does Sapolsky give to his students?", interview, text);

    assertThat(asked.labels()).containsExactly("Professor Robert Sapolsky");
    assertThat(asked.besides(terms.of("Robert Sapolsky Great Simplification")).isEmpty()).isTrue();
    assertThat(asked.besides(terms.of("Syntax305")).isEmpty()).isFalse();
  }

  @Test
  void theNamedSpeakersOwnSentencesWeighMore() {
    AskedSpeakers wes = AskedSpeakers.of("What does Wes think about it?", SYNTAX, text);
    Chunk window =
        new Chunk(
            "syntax305/2",
            "syntax305",
            ChunkKind.TRANSCRIPT,
            25,
            210,
            null,
            "",
            "Scott Tolinski: with me, as always, is West boss. Hey, hey, Wes.\n"
                + "Wes Bos: It's conventional commits. And this is really interesting to me.",
            null);

    assertThat(wes.weight(window, "And this is really interesting to me."))
        .isEqualTo(AskedSpeakers.SPOKEN_WEIGHT);
    assertThat(wes.weight(window, "Hey, hey, Wes.")).isEqualTo(1.0);
  }
}
