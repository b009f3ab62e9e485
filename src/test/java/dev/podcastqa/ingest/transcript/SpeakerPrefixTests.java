package dev.podcastqa.ingest.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerPrefixTests {

  private static SpeakerPrefix.Labelled splitTwice(String text) {
    return new SpeakerPrefix(List.of(text, text)).split(text);
  }

  @Test
  void nameLikeLabelsOfUpToFourCapitalisedWordsNameTheSpeaker() {
    assertThat(splitTwice("Alice: Hi.")).isEqualTo(new SpeakerPrefix.Labelled("Alice", "Hi."));
    assertThat(splitTwice("Dr. Jane Smith: Hello there."))
        .isEqualTo(new SpeakerPrefix.Labelled("Dr. Jane Smith", "Hello there."));
    assertThat(splitTwice("Mary-Kate O'Neil: Yes."))
        .isEqualTo(new SpeakerPrefix.Labelled("Mary-Kate O'Neil", "Yes."));
    assertThat(splitTwice("Speaker 2: Right."))
        .isEqualTo(new SpeakerPrefix.Labelled("Speaker 2", "Right."));
    assertThat(splitTwice("SPEAKER_01: Right."))
        .isEqualTo(new SpeakerPrefix.Labelled("SPEAKER_01", "Right."));
  }

  @Test
  void labelWordsAndSentenceOpenersAreNotSpeakersEvenWhenRepeated() {
    assertThat(splitTwice("Warning: this is loud.").speaker()).isNull();
    assertThat(splitTwice("Note: the paper is linked.").speaker()).isNull();
    assertThat(splitTwice("Editor's Note: corrected.").speaker()).isNull();
    assertThat(splitTwice("Fun Fact: cats sleep a lot.").speaker()).isNull();
    assertThat(splitTwice("So: what now?").speaker()).isNull();
  }

  @Test
  void labelsThatAreNotNameShapedAreText() {
    assertThat(splitTwice("the host: lower case").speaker()).isNull();
    assertThat(splitTwice("One Two Three Four Five: too many words").speaker()).isNull();
    assertThat(splitTwice("Alice:no space").speaker()).isNull();
    assertThat(splitTwice("At 10:30 we met").speaker()).isNull();
  }

  @Test
  void aLabelSeenOnceCountsOnlyInAFileWhereMostCuesAreLabelled() {
    List<String> labelled = List.of("Host: Hi.", "Guest: Hello.", "Host: Welcome.", "Caller: Hey.");
    List<String> unlabelled = List.of("Caller: Hey.", "Just words.", "More words.");

    assertThat(new SpeakerPrefix(labelled).split("Caller: Hey.").speaker()).isEqualTo("Caller");
    assertThat(new SpeakerPrefix(unlabelled).split("Caller: Hey.").speaker()).isNull();
  }

  @Test
  void aLabelSeenOnceCountsWhenItIsTheFullNameOfARecurringSpeaker() {
    List<String> openings =
        List.of(
            "Todd Libby: And I'm Todd Libby.",
            "I am a front-end developer.",
            "Todd: I haven't.",
            "Todd: But I will.",
            "Dan Smith: Hi.",
            "More words.",
            "Even more words.",
            "And more.",
            "Still more.",
            "The end.");
    SpeakerPrefix prefix = new SpeakerPrefix(openings);

    assertThat(prefix.split("Todd Libby: And I'm Todd Libby."))
        .isEqualTo(new SpeakerPrefix.Labelled("Todd Libby", "And I'm Todd Libby."));
    assertThat(prefix.split("Todd: I haven't.").speaker()).isEqualTo("Todd");
    // "Dan" never labels a cue on its own, so "Dan Smith" seen once stays text.
    assertThat(prefix.split("Dan Smith: Hi.").speaker()).isNull();
  }
}
