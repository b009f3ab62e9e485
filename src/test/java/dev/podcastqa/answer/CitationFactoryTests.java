package dev.podcastqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Transcripts;
import dev.podcastqa.index.Chunk;
import dev.podcastqa.index.ChunkKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CitationFactoryTests {

  static final Episode EPISODE =
      new Episode(
          "talk",
          "A Talk",
          "Show",
          null,
          600,
          Links.NONE,
          List.of(new Chapter(100, "Grokking", "")),
          List.of(),
          "Notes without a time.",
          List.of());

  static final List<Segment> TRANSCRIPT =
      List.of(
          new Segment(100.0, 104.5, "Neel Nanda", "Welcome back."),
          new Segment(104.5, 111.0, "Neel Nanda", "Grokking is when a network"),
          new Segment(111.0, 118.2, "Neel Nanda", "generalizes long after it memorized."),
          new Segment(118.2, 125.0, "SPEAKER_01", "Right, that is striking."));

  private final CitationFactory factory = new CitationFactory(catalog());

  /** A catalog of {@link #EPISODE} with its transcript. */
  static Catalog catalog() {
    return new Catalog(List.of(EPISODE), Transcripts.kept(Map.of(EPISODE.id(), TRANSCRIPT)));
  }

  static final Chunk WINDOW =
      new Chunk(
          "talk/5",
          "talk",
          ChunkKind.TRANSCRIPT,
          100,
          125,
          "Grokking",
          "Grokking",
          "Neel Nanda: Welcome back. Grokking is when a network generalizes long after it"
              + " memorized.\nSPEAKER_01: Right, that is striking.",
          null);

  @Test
  void aTranscriptQuoteIsCitedAtTheUtteranceThatSaysItWithItsSpeaker() {
    Citation c =
        factory.cite(1, WINDOW, "Grokking is when a network generalizes long after it memorized.");

    assertThat(c.startSeconds()).isEqualTo(104);
    assertThat(c.timestamp()).isEqualTo("00:01:44");
    assertThat(c.speaker()).isEqualTo("Neel Nanda");
    assertThat(c.url()).isEqualTo("/episodes/talk?t=104");
  }

  @Test
  void aQuoteSpacedOtherwiseThanTheCaptionsIsStillFoundAtItsUtterance() {
    Citation c = factory.cite(1, WINDOW, "…generalizes long after it memorized.");

    assertThat(c.startSeconds()).isEqualTo(111);
  }

  @Test
  void theSpeakerIsTheOneOfTheUtteranceWhoseSecondIsCitedThoughAnotherSaysItCapitalized() {
    // The host asks it, capitalized; the guest repeats it. The quote, as the guest says it, is
    // found first at the host's utterance (matched ignoring case), so the host is the speaker.
    List<Segment> transcript =
        List.of(
            new Segment(2555.0, 2560.0, "Stephan Livera", "Are inscriptions paying a lower fee?"),
            new Segment(2560.0, 2570.0, "Casey Rodarmor", "are inscriptions paying a lower fee?"));
    Chunk window =
        new Chunk(
            "talk/9",
            "talk",
            ChunkKind.TRANSCRIPT,
            2555,
            2570,
            null,
            null,
            "Stephan Livera: Are inscriptions paying a lower fee?\n"
                + "Casey Rodarmor: are inscriptions paying a lower fee?",
            null);
    CitationFactory factory =
        new CitationFactory(
            new Catalog(List.of(EPISODE), Transcripts.kept(Map.of(EPISODE.id(), transcript))));

    Citation c = factory.cite(1, window, "are inscriptions paying a lower fee?");

    assertThat(c.startSeconds()).isEqualTo(2555);
    assertThat(c.speaker()).isEqualTo("Stephan Livera");
  }

  @Test
  void anUnlabelledCaptionContinuesTheTurnAboveItInTheWindow() {
    List<Segment> transcript =
        List.of(
            new Segment(3130.0, 3134.0, "Stephan Livera", "Well, thank you for joining me."),
            new Segment(3134.0, 3140.0, null, "Yeah, maybe that's the spot to finish up."));
    Chunk window =
        new Chunk(
            "talk/10",
            "talk",
            ChunkKind.TRANSCRIPT,
            3130,
            3140,
            null,
            null,
            "Stephan Livera: Well, thank you for joining me. Yeah, maybe that's the spot to"
                + " finish up.",
            null);
    CitationFactory factory =
        new CitationFactory(
            new Catalog(List.of(EPISODE), Transcripts.kept(Map.of(EPISODE.id(), transcript))));

    Citation c = factory.cite(1, window, "Yeah, maybe that's the spot to finish up.");

    assertThat(c.startSeconds()).isEqualTo(3134);
    assertThat(c.speaker()).isEqualTo("Stephan Livera");
    // Outside the window, nobody is carried over: the window starts with the unlabelled caption.
    Chunk later =
        new Chunk(
            "talk/11",
            "talk",
            ChunkKind.TRANSCRIPT,
            3134,
            3140,
            null,
            null,
            "Yeah, maybe that's the spot to finish up.",
            null);
    assertThat(factory.cite(1, later, "Yeah, maybe that's the spot to finish up.").speaker())
        .isNull();
  }

  @Test
  void aQuoteWhoseFirstWordsEndTheCueBeforeIsCitedWhereItsSentenceBeginsInTheNextSpeakersCue() {
    // Syntax 305, cues 9 and 10 (SRT, probe35b): the captioner moved "Yeah, I" of Scott's reply
    // to the end of Wes's cue, so the quote of Scott's sentence starts 20 s early, in Wes's cue.
    List<Segment> transcript =
        List.of(
            new Segment(
                332.43,
                352.62,
                "Wes Bos",
                "I think I think you'll you'll get to know it. Because it's like Git committing and"
                    + " things like that. But like, I think I'm also thinking now like, could"
                    + " there be some sort of like csli that prompts you for each of the pieces,"
                    + " there's a VS code extension I saw. And when you do a commit, it will"
                    + " prompt you for each of these one, four or five different pieces of"
                    + " information. Yeah, I"),
            new Segment(
                352.62,
                383.97,
                "Scott Tolinski",
                "actually, it's funny, you mentioned that because I had just googled"
                    + " conventional commits c li to try to find the same thing."));
    Chunk window = cues("talk/12", transcript);
    CitationFactory factory =
        new CitationFactory(
            new Catalog(List.of(EPISODE), Transcripts.kept(Map.of(EPISODE.id(), transcript))));

    Citation c =
        factory.cite(
            1,
            window,
            "Yeah, I actually, it's funny, you mentioned that because I had just googled"
                + " conventional commits c li to try to find the same thing.");

    assertThat(c.startSeconds()).isEqualTo(352);
    assertThat(c.speaker()).isEqualTo("Scott Tolinski");
    // A quote that says more of the cue it starts in stays there.
    assertThat(
            factory
                .cite(1, window, "And when you do a commit, it will prompt you for each of these.")
                .startSeconds())
        .isEqualTo(332);
  }

  @Test
  void aShortReplyQuotedBeforeTheAnswerIsCitedAtTheAnswer() {
    // Syntax 310, cues 44 and 45 (SRT, probe35b): Scott's "Yeah." is quoted with the guest's
    // answer; the guest, whom the captions call "Unknown", says it from 00:21:02.
    List<Segment> transcript =
        List.of(
            new Segment(1259.91, 1261.44, "Scott Tolinski", "yeah, sounds good. Yeah."),
            new Segment(
                1262.04,
                1272.03,
                "Unknown",
                "And you can spread that out across Amazon accounts, you can enjoy a free tier of"
                    + " 1 million executions. And so it's just, it's ridiculous. So cheap, it is"
                    + " comparatively"));
    CitationFactory factory =
        new CitationFactory(
            new Catalog(List.of(EPISODE), Transcripts.kept(Map.of(EPISODE.id(), transcript))));

    Citation c =
        factory.cite(
            1,
            cues("talk/13", transcript),
            "Yeah. And you can spread that out across Amazon accounts, you can enjoy a free tier of"
                + " 1 million executions.");

    assertThat(c.startSeconds()).isEqualTo(1262);
    assertThat(c.speaker()).isNull();
  }

  /** A transcript window of {@code cues}, one labelled line each, as the index writes it. */
  private static Chunk cues(String id, List<Segment> cues) {
    StringBuilder text = new StringBuilder();
    for (Segment cue : cues) {
      text.append(text.isEmpty() ? "" : "\n").append(cue.speaker()).append(": ").append(cue.text());
    }
    return new Chunk(
        id,
        "talk",
        ChunkKind.TRANSCRIPT,
        (int) cues.get(0).startSeconds(),
        (int) Math.ceil(cues.get(cues.size() - 1).endSeconds()),
        null,
        null,
        text.toString(),
        null);
  }

  @Test
  void anUnnamedVoiceIsNoSpeaker() {
    Citation c = factory.cite(1, WINDOW, "Right, that is striking.");

    assertThat(c.speaker()).isNull();
    assertThat(c.startSeconds()).isEqualTo(118);
  }

  @Test
  void untimedShowNotesHaveNoSecondNoTimestampAndLinkToTheWholeEpisode() {
    Chunk notes =
        new Chunk(
            "talk/1",
            "talk",
            ChunkKind.DESCRIPTION,
            0,
            null,
            null,
            "",
            "Notes without a time.",
            null);

    Citation c = factory.cite(1, notes, "Notes without a time.");

    assertThat(c.startSeconds()).isNull();
    assertThat(c.timestamp()).isNull();
    assertThat(c.timed()).isFalse();
    assertThat(c.url()).isEqualTo("/episodes/talk");
    assertThat(c.speaker()).isNull();
  }

  @Test
  void aChapterTitleIsCitedAtTheChapterStart() {
    Chunk chapter =
        new Chunk("talk/0", "talk", ChunkKind.CHAPTER, 100, null, "Grokking", "", "Grokking", null);

    assertThat(factory.cite(1, chapter, "Grokking").startSeconds()).isEqualTo(100);
  }
}
