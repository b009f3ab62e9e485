package dev.podcastqa.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Transcripts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestedQuestionsTests {

  private final SuggestedQuestions suggested = SuggestedQuestions.load();

  @Test
  void genericChaptersAreLeftOut() {
    assertThat(
            List.of(
                "Introduction",
                "Intro",
                "00. Intro",
                "About the Episode",
                "Sponsors: Box AI",
                "Ads",
                "Outro",
                "Closing Thoughts",
                "Q&A",
                "Q&A housekeeping",
                "Discord questions",
                "Patreon Q&A",
                "Housekeeping",
                "Welcome to the show!",
                "Cold open",
                "Episode highlights",
                "Where to find Neel",
                "Introduction and Neel Nanda's Interests (Walk and Talk)",
                "Intro: who is Neel?"))
        .allMatch(suggested::isGeneric);
    assertThat(
            List.of(
                "Grokking and Sudden Generalization",
                "Q&A: how do I start in interpretability?",
                "Introducing sparse autoencoders",
                "Introduction to mechanistic interpretability",
                "The end of scaling laws",
                "About superposition",
                "Questions about Discord's moderation"))
        .noneMatch(suggested::isGeneric);
  }

  @Test
  void titleCasedTopicsAreAskedInTheCaseTheEpisodeWritesThem() {
    Vocabulary words =
        Vocabulary.of(
            "Neel Nanda talks with Michael. A network shows sudden generalization, "
                + "which they call grokking. Nanda says grokking is strange.");
    assertThat(suggested.ask("Grokking and Sudden Generalization", words))
        .contains("What do they say about grokking and sudden generalization?");
    assertThat(suggested.ask("Neel Nanda's Early Career", Vocabulary.empty()))
        .contains("What do they say about Neel Nanda's Early Career?");
    assertThat(suggested.ask("Working With Neel Nanda on AI", words))
        .contains("What do they say about Working with Neel Nanda on AI?");
    // A possessive the episode never writes takes the case of the name it is made from.
    assertThat(suggested.ask("Nanda's Sudden Generalization", words))
        .contains("What do they say about Nanda's sudden generalization?");
  }

  @Test
  void questionTitlesStayQuestionsAndVersusAsksForAComparison() {
    Vocabulary words = Vocabulary.of("how do you start in research? pick a small model.");
    assertThat(suggested.ask("How To Start In Research", words))
        .contains("How to start in research?");
    assertThat(suggested.ask("3. Why do networks grok?", Vocabulary.empty()))
        .contains("Why do networks grok?");
    assertThat(suggested.ask("Sparse autoencoders vs. probes", Vocabulary.empty()))
        .contains("How does sparse autoencoders compare with probes?");
    assertThat(suggested.ask("Q&A: what should beginners read?", Vocabulary.empty()))
        .contains("What should beginners read?");
    assertThat(suggested.ask("Superposition: Many Features, Few Neurons", Vocabulary.empty()))
        .contains("What do they say about Superposition?");
  }

  @Test
  void overlongTitlesMakeNoQuestion() {
    assertThat(suggested.ask("word ".repeat(30), Vocabulary.empty())).isEmpty();
  }

  @Test
  void episodeSuggestsItsChaptersThenTheQuestionsItsDescriptionAsks() {
    Episode episode =
        episode(
            "neel",
            LocalDate.of(2023, 6, 18),
            List.of(
                new Chapter(0, "Introduction"),
                new Chapter(754, "Superposition and Features"),
                new Chapter(2966, "Grokking and Sudden Generalization"),
                new Chapter(4200, "Sponsors: Box AI"),
                new Chapter(5000, "Closing Thoughts")),
            "Why do networks generalize long after they memorize? Subscribe for more! "
                + "Have you ever wondered what a neuron does? What is superposition?");
    List<Segment> transcript =
        List.of(new Segment(0, 5, "Neel", "We look at features and generalization."));
    Catalog catalog = new Catalog(List.of(episode), Transcripts.kept(Map.of("neel", transcript)));

    List<SuggestedQuestions.Suggestion> questions = suggested.of(episode, catalog);

    assertThat(questions)
        .extracting(SuggestedQuestions.Suggestion::question)
        .containsExactly(
            "What do they say about superposition and features?",
            "What do they say about grokking and sudden generalization?",
            "Why do networks generalize long after they memorize?",
            "What is superposition?");
    assertThat(questions.get(1).startSeconds()).isEqualTo(2966);
    assertThat(questions.get(2).startSeconds()).isNull();
    assertThat(questions).allMatch(s -> s.episodeId().equals("neel"));
  }

  @Test
  void acrossTheCatalogEachEpisodeTakesATurnNewestFirst() {
    Episode older =
        episode(
            "older",
            LocalDate.of(2020, 1, 1),
            List.of(new Chapter(10, "Old Topic One"), new Chapter(20, "Old Topic Two")),
            "");
    Episode newer =
        episode(
            "newer",
            LocalDate.of(2024, 1, 1),
            List.of(new Chapter(10, "New Topic One"), new Chapter(20, "New Topic Two")),
            "");
    Episode nothing = episode("nothing", null, List.of(new Chapter(0, "Intro")), "");
    Catalog catalog = new Catalog(List.of(older, nothing, newer), Transcripts.NONE);

    assertThat(suggested.across(catalog, 3))
        .extracting(SuggestedQuestions.Suggestion::episodeId)
        .containsExactly("newer", "older", "newer");
  }

  private static Episode episode(
      String id, LocalDate published, List<Chapter> chapters, String description) {
    return new Episode(
        id,
        "Episode " + id,
        "A Podcast",
        published,
        null,
        Links.NONE,
        chapters,
        List.of(),
        description,
        List.of());
  }
}
