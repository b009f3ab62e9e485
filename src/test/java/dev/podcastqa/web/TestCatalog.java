package dev.podcastqa.web;

import dev.podcastqa.episode.Catalog;
import dev.podcastqa.episode.Chapter;
import dev.podcastqa.episode.Episode;
import dev.podcastqa.episode.Links;
import dev.podcastqa.episode.Reference;
import dev.podcastqa.episode.Segment;
import dev.podcastqa.episode.Source;
import java.time.LocalDate;
import java.util.List;

/**
 * A small corpus of real {@link Episode} records for the web tests: an interpretability episode
 * with the "Grokking" chapter at 2966 s, an episode whose text is full of HTML and script (to prove
 * the pages show it as text), and a twelve-second episode with a playable audio file.
 */
final class TestCatalog {

  static final String NEEL = "neel-nanda-on-mechanistic-interpretability";
  static final String INJECTION = "prompt-injection-in-the-wild";
  static final String SHORT = "a-short-episode-with-audio";
  static final int GROKKING_SECOND = 2966;

  private TestCatalog() {}

  /** The catalog; the short episode's audio lives at {@code audioUrl}. */
  static Catalog catalog(String audioUrl) {
    return new Catalog(List.of(neel(), injection(), shortEpisode(audioUrl)));
  }

  private static Episode neel() {
    return new Episode(
        NEEL,
        "Neel Nanda on Mechanistic Interpretability",
        "The Inside View",
        LocalDate.of(2023, 6, 18),
        3 * 3600 + 12 * 60,
        new Links("https://example.com/inside-view/neel-nanda", null, null),
        List.of(
            new Chapter(0, "Introduction"),
            new Chapter(
                754, "Superposition and Features", "Models pack many features into few neurons."),
            new Chapter(
                GROKKING_SECOND,
                "Grokking and Sudden Generalization",
                "Grokking is when a network suddenly generalizes long after it memorized the"
                    + " training data."),
            new Chapter(4200, "Sponsors: Box AI"),
            new Chapter(5000, "Careers in Interpretability", "How to start doing research.")),
        List.of(
            new Reference(
                3100,
                "Progress measures for grokking via mechanistic interpretability",
                "https://arxiv.org/abs/2301.05217")),
        "Neel Nanda explains how to reverse-engineer neural networks.",
        List.of(new Segment(2966.0, 2975.5, "Neel", "So grokking is this wild phenomenon.")),
        List.of(new Source("/srv/podcast-qa/data/episodes/neel-apple.txt", "apple-podcasts-page")));
  }

  private static Episode injection() {
    return new Episode(
        INJECTION,
        "Prompt Injection in the Wild <b>live</b>",
        "Security <i>Weekly</i>",
        LocalDate.of(2024, 2, 1),
        2400,
        new Links("javascript:alert('page')", null, null),
        List.of(
            new Chapter(0, "Welcome"),
            new Chapter(
                600,
                "Hidden Instructions in Web Pages",
                "Attackers hide <script>alert('quote')</script> instructions inside web pages.")),
        List.of(new Reference(900, "<img src=x onerror=alert('ref')>", "javascript:alert('ref')")),
        "A conversation about adversarial security research <iframe src=x></iframe>.",
        List.of(),
        List.of(new Source("https://example.com/injection", "snipd-page")));
  }

  private static Episode shortEpisode(String audioUrl) {
    return new Episode(
        SHORT,
        "A Short Episode With Audio",
        "Test Tones",
        LocalDate.of(2025, 1, 2),
        12,
        new Links(null, audioUrl, null),
        List.of(
            new Chapter(0, "Opening Remarks"),
            new Chapter(4, "The Middle Part"),
            new Chapter(8, "Closing Thoughts")),
        List.of(),
        "",
        List.of(),
        List.of(new Source("tone.txt", "plain-text")));
  }
}
